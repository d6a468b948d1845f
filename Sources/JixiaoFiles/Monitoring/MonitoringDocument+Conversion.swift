import JixiaoCore

extension MonitoringDocument {
    /// Largest magnitude of a number in a monitoring file: 10¹² (万元 or any unit).
    static let limit = ExactDecimal(1_000_000_000_000)

    /// The round this document describes, or nil with the problems appended to `issues`.
    func round(issues: inout [ConversionIssue]) -> MonitoringRound? {
        if let kind, kind.trimmedSpaces != "monitoring" {
            issues.append(.init(path: [.key("kind")], message: MonitoringFileMessages.wrongKind(kind)))
        }
        if unit?.trimmedSpaces.isEmpty ?? true { issues.append(.init(path: [], message: FileMessages.missingKey("unit"))) }
        if let fiscalYear, !(1900...2199).contains(fiscalYear) {
            issues.append(.init(path: [.key("fiscalYear")], message: MonitoringFileMessages.badYear(fiscalYear)))
        } else if fiscalYear == nil {
            issues.append(.init(path: [], message: FileMessages.missingKey("fiscalYear")))
        }
        let date = asOfDate(issues: &issues)
        let budgetValue = budgetValue(issues: &issues)
        var names: Set<String> = []
        let monitored = (targets ?? []).enumerated().compactMap { index, target -> MonitoredTarget? in
            let path: [PathComponent] = [.key("targets"), .index(index)]
            if let name = target.name?.trimmedSpaces, !name.isEmpty, !names.insert(name).inserted {
                issues.append(.init(path: path + [.key("name")], message: MonitoringFileMessages.duplicateTarget(name)))
            }
            return target.monitored(at: path, issues: &issues)
        }
        guard issues.isEmpty, let unit, let fiscalYear, let date, let budgetValue else { return nil }
        return MonitoringRound(
            unit: unit.trimmedSpaces, fiscalYear: fiscalYear,
            project: project.flatMap { $0.trimmedSpaces.isEmpty ? nil : $0.trimmedSpaces },
            asOf: date, budget: budgetValue, targets: monitored)
    }

    private func asOfDate(issues: inout [ConversionIssue]) -> CalendarDate? {
        guard let asOf else {
            issues.append(.init(path: [], message: FileMessages.missingKey("asOf")))
            return nil
        }
        guard let date = CalendarDate(asOf), date.isValid else {
            issues.append(.init(path: [.key("asOf")], message: MonitoringFileMessages.badDate(asOf)))
            return nil
        }
        if let fiscalYear, date.year != fiscalYear {
            issues.append(.init(path: [.key("asOf")], message: MonitoringFileMessages.dateOutsideYear(date, year: fiscalYear)))
        }
        return date
    }

    private func budgetValue(issues: inout [ConversionIssue]) -> MonitoredBudget? {
        guard let budget else {
            issues.append(.init(path: [], message: FileMessages.missingKey("budget")))
            return nil
        }
        let path: [PathComponent] = [.key("budget")]
        func amount(_ value: WanYuanText?, key: String, label: String, required: Bool) -> ExactDecimal? {
            guard let value = value?.value else {
                if required { issues.append(.init(path: path, message: FileMessages.missingKey(key))) }
                return nil
            }
            if value.isNegative { issues.append(.init(path: path + [.key(key)], message: MonitoringFileMessages.negative(label, value))) }
            if value > Self.limit { issues.append(.init(path: path + [.key(key)], message: MonitoringFileMessages.tooLarge(label, value))) }
            return value
        }
        let annual = amount(budget.annual, key: "annual", label: "年度预算", required: true)
        let executed = amount(budget.executed, key: "executed", label: "已执行数", required: true)
        let expected = amount(budget.expectedYearEnd, key: "expectedYearEnd", label: "全年预计执行数", required: false)
        guard let annual, let executed else { return nil }
        return MonitoredBudget(annual: annual, executed: executed, expectedYearEnd: expected)
    }
}
