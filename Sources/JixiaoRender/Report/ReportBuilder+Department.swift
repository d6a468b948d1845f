import JixiaoCore

extension ReportBuilder {
    /// 部门整体支出绩效自评报告 (`report-format.md` §1).
    mutating func buildDepartmentWide() {
        title = unitName + "\(evaluation.fiscalYear)" + ReportText.departmentTitleSuffix
        meta = [ReportField(label: ReportText.unitName, value: UserText.line(evaluation.unit.name))]
        if let count = evaluation.unit.subordinateUnits {
            meta.append(ReportField(label: ReportText.subordinateUnits, value: "\(count)"))
        }
        meta += filingFields
        for section in ReportSection.departmentWide {
            addSection(section, text: narrative(section.key))
            switch section.content {
            case .figures: addFigureTables()
            case .scores: blocks.append(.table(scoreTable(project: false)))
            case .conclusion: addConclusion(subject: "本部门\(evaluation.fiscalYear)年度部门整体支出绩效自评")
            case .targets: if !evaluation.targets.isEmpty { blocks.append(.table(targetsTable(evaluation.targets))) }
            case .heading, .narrative: break
            }
        }
        addExtraSections(kind: .departmentWide)
    }

    /// The generated sentence with the total and the grade.
    mutating func addConclusion(subject: String) {
        blocks.append(
            .paragraph(
                ReportText.conclusion(
                    subject: subject, summary: summary,
                    excluded: score.excluded.count)))
    }
}
