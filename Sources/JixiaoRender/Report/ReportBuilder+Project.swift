import JixiaoCore

extension ReportBuilder {
    /// 项目支出绩效自评表 (`report-format.md` §2).
    mutating func buildProject() {
        let info = evaluation.project
        title = ReportText.projectTitle + "（\(evaluation.fiscalYear)年度）"
        meta = [ReportField(label: ReportText.projectName, value: UserText.line(info?.name)),
                ReportField(label: ReportText.projectDepartment, value: UserText.line(info?.department)),
                ReportField(label: ReportText.projectImplementer,
                            value: UserText.line(info?.implementer) ?? UserText.line(evaluation.unit.name))]
        meta += filingFields
        for section in ReportSection.project {
            addSection(section, text: projectText(section.key))
            switch section.content {
            case .figures: blocks.append(.table(fundsTable()))
            case .scores: blocks.append(.table(scoreTable(project: true)))
            case .conclusion: addConclusion(subject: "本项目\(evaluation.fiscalYear)年度绩效自评")
            case .heading, .narrative: break
            }
        }
        addExtraSections(kind: .project)
    }

    /// The narrative of a box, falling back on the project header's own fields.
    private func projectText(_ key: String) -> [String] {
        let text = narrative(key)
        guard text.isEmpty else { return text }
        switch key {
        case "overallGoal": return evaluation.project?.overallGoal.map(UserText.paragraphs) ?? []
        case "overallOutcome": return evaluation.project?.overallOutcome.map(UserText.paragraphs) ?? []
        default: return []
        }
    }

    /// 项目资金: 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分.
    func fundsTable() -> ReportTable {
        let f = evaluation.figures
        let execution = leafPaths.map(\.leaf).first { $0.name.contains("预算执行率") }
        func money(_ id: String) -> ReportCell { f[id].map { .number($0, places: 2) } ?? .text(ReportText.notEntered) }
        let rate: ReportCell = execution?.value?.value.map(ReportCell.percent)
            ?? f["budgetExecuted"].flatMap { e in f["budgetAdjusted"].flatMap { e.divided(by: $0) } }.map(ReportCell.percent)
            ?? .text(ReportText.notComputable)
        let row = ReportRow([.text("年度资金总额"), money("budgetInitial"), money("budgetAdjusted"), money("budgetExecuted"),
                             execution.map { .number($0.max, places: 2) } ?? .empty, rate,
                             execution?.score.map { .number($0, places: 2) } ?? .empty])
        return ReportTable(name: ReportText.fundsTable.0, caption: ReportText.fundsTable.1,
                           columns: [ReportColumn("项目资金", weight: 3),
                                     ReportColumn("年初预算数", weight: 2, numeric: true),
                                     ReportColumn("全年预算数", weight: 2, numeric: true),
                                     ReportColumn("全年执行数", weight: 2, numeric: true),
                                     ReportColumn("分值", weight: 1, numeric: true),
                                     ReportColumn("执行率", weight: 2, numeric: true),
                                     ReportColumn("得分", weight: 1, numeric: true)],
                           rows: [row])
    }
}
