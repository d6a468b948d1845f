import JixiaoCore

extension MonitoredTargetDocument {
    /// The monitored target, or nil with the problems appended to `issues`.
    func monitored(at path: [PathComponent], issues: inout [ConversionIssue]) -> MonitoredTarget? {
        let start = issues.count
        if name?.trimmedSpaces.isEmpty ?? true { issues.append(.init(path: path, message: FileMessages.missingKey("name"))) }
        if direction == nil { issues.append(.init(path: path, message: FileMessages.missingKey("direction"))) }
        let directionValue = Direction.read(direction, at: path, issues: &issues) ?? .qualitative
        // A 时效 target written as a date (≤ 2025年10月31日前) is compared as dates: its actual is a date or text.
        let deadline =
            directionValue != .qualitative && !directionValue.isHigherBetter
            && target.map { TargetDocument.number($0) == nil && NumberWithUnit($0) == nil } == true
            && DeadlineLight.date(target) != nil
        let quantitative = directionValue != .qualitative && !deadline
        if target == nil { issues.append(.init(path: path, message: FileMessages.missingKey("target"))) }
        let written = unitFromText(target)
        let targetNumber = number(target, key: "target", label: "目标值", at: path, required: quantitative, issues: &issues)
        let actualNumber = number(actual, key: "actual", label: "完成值", at: path, required: quantitative, issues: &issues)
        let expectedNumber = number(
            expectedYearEnd, key: "expectedYearEnd", label: "全年预计完成值", at: path,
            required: quantitative, issues: &issues)
        var outcome: QualitativeOutcome?
        if directionValue == .qualitative, let actual {
            outcome = QualitativeOutcome(answer: actual)
            if outcome == nil {
                issues.append(.init(path: path + [.key("actual")], message: MonitoringFileMessages.qualitativeAnswer(actual)))
            }
        }
        var likelihoodValue: Likelihood?
        if let likelihood, !likelihood.trimmedSpaces.isEmpty {
            likelihoodValue = Likelihood(answer: likelihood)
            if likelihoodValue == nil {
                issues.append(.init(path: path + [.key("likelihood")], message: MonitoringFileMessages.likelihood(likelihood)))
            }
        }
        guard issues.count == start, let name else { return nil }
        let percent = [target, actual].contains { $0.map(TargetDocument.isPercent) == true }
        let declared = Target(
            levels: levels ?? [], name: name.trimmedSpaces, direction: directionValue,
            targetValue: targetNumber, targetText: targetNumber == nil ? target : nil,
            unit: unit ?? written ?? (percent ? "%" : nil),
            actualValue: actualNumber, actualText: actualNumber == nil ? actual : nil, outcome: outcome)
        return MonitoredTarget(
            target: declared, cumulative: cumulative ?? false, expectedYearEndValue: expectedNumber,
            expectedYearEndText: expectedNumber == nil ? expectedYearEnd : nil,
            likelihood: likelihoodValue, deviationReason: deviationReason, measures: measures)
    }

    /// The unit written after the number of a target such as 「5个工作日」 (no digit after it).
    private func unitFromText(_ text: String?) -> String? {
        guard let text, TargetDocument.number(text) == nil, let split = NumberWithUnit(text) else { return nil }
        return split.unit
    }

    /// A number of a quantitative row (`95`, `95%`, `1,200`), range-checked; text is left to 定性 rows.
    private func number(
        _ text: String?, key: String, label: String, at path: [PathComponent], required: Bool,
        issues: inout [ConversionIssue]
    ) -> ExactDecimal? {
        guard let text, !text.trimmedSpaces.isEmpty else { return nil }
        guard let value = TargetDocument.number(text) ?? NumberWithUnit(text)?.value else {
            if required { issues.append(.init(path: path + [.key(key)], message: MonitoringFileMessages.notNumber(label, text))) }
            return nil
        }
        if value.magnitude > MonitoringDocument.limit {
            issues.append(.init(path: path + [.key(key)], message: MonitoringFileMessages.tooLarge(label, value)))
        }
        return value
    }
}
