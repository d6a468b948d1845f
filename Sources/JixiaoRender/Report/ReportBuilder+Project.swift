import JixiaoCore

extension ReportBuilder {
    /// 项目支出绩效自评表 (`report-format.md` §2).
    mutating func buildProject() {
        let info = evaluation.project
        title = ReportText.projectTitle + "（\(evaluation.fiscalYear)年度）"
        meta = [
            ReportField(label: ReportText.projectName, value: UserText.line(info?.name)),
            ReportField(label: ReportText.projectDepartment, value: UserText.line(info?.department)),
            ReportField(
                label: ReportText.projectImplementer,
                value: UserText.line(info?.implementer) ?? UserText.line(evaluation.unit.name)),
            ReportField(label: ReportText.filingUnit, value: UserText.line(evaluation.unit.name)),
        ]
        meta += filingFields
        for section in ReportSection.project {
            addSection(section, text: projectText(section.key))
            switch section.content {
            case .figures:
                blocks.append(.table(fundsTable()))
                if let other = otherFiguresTable(besides: Self.fundFigureIDs) { blocks.append(.table(other)) }
            case .scores:
                blocks.append(.table(scoreTable(project: true)))
                addUnscoredTargets()
            case .conclusion: addConclusion(subject: "本项目\(evaluation.fiscalYear)年度绩效自评")
            case .targets, .heading, .narrative: break
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

    /// 项目资金: 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分, with the
    /// 其中 rows (本年财政拨款, 上年结转资金, 其他资金) once any of their figures is entered.
    func fundsTable() -> ReportTable {
        let f = evaluation.figures
        let execution = leafPaths.map(\.leaf).first { $0.name.contains("预算执行率") }
        func money(_ id: String) -> ReportCell { f[id].map { .number($0, places: 2) } ?? .text(ReportText.notEntered) }
        func rate(_ prefix: String) -> ReportCell? {
            f[prefix + "Executed"].flatMap { e in f[prefix + "Adjusted"].flatMap { e.divided(by: $0) } }.map(ReportCell.percent)
        }
        let totalRate: ReportCell =
            execution?.value?.value.map(ReportCell.percent) ?? rate("budget")
            ?? .text(ReportText.notComputable)
        var rows = [
            ReportRow([
                .text("年度资金总额"), money("budgetInitial"), money("budgetAdjusted"), money("budgetExecuted"),
                execution.map { .number($0.max, places: 2) } ?? .empty, totalRate,
                execution?.score.map { .number($0, places: 2) } ?? .empty,
            ])
        ]
        if Self.fundParts.contains(where: { part in ["Initial", "Adjusted", "Executed"].contains { f[part.prefix + $0] != nil } }) {
            rows += Self.fundParts.map { part in
                ReportRow([
                    .text(part.label), money(part.prefix + "Initial"), money(part.prefix + "Adjusted"),
                    money(part.prefix + "Executed"), .empty, rate(part.prefix) ?? .empty, .empty,
                ])
            }
        }
        return ReportTable(
            name: ReportText.fundsTable.0, caption: ReportText.fundsTable.1,
            columns: [
                ReportColumn("项目资金", weight: 4),
                ReportColumn("年初预算数", weight: 2, numeric: true),
                ReportColumn("全年预算数", weight: 2, numeric: true),
                ReportColumn("全年执行数", weight: 2, numeric: true),
                ReportColumn("分值", weight: 2, numeric: true),
                ReportColumn("执行率", weight: 2, numeric: true),
                ReportColumn("得分", weight: 2, numeric: true),
            ],
            rows: rows)
    }

    /// The figures the funds table shows.
    static let fundFigureIDs: Set<String> = Set(
        (["budget"] + fundParts.map(\.prefix)).flatMap { prefix in
            ["Initial", "Adjusted", "Executed"].map { prefix + $0 }
        })

    /// The parts of 年度资金总额: figure id prefix and row label.
    static let fundParts: [(prefix: String, label: String)] = [
        ("fiscalFunds", "其中：本年财政拨款"), ("carryoverFunds", "上年结转资金"), ("otherFunds", "其他资金"),
    ]
}
