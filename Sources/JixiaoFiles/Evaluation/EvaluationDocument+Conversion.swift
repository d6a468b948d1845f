import JixiaoCore

extension EvaluationDocument {
    /// The evaluation this document describes; problems are appended to `issues`.
    func evaluation(issues: inout [ConversionIssue]) -> Evaluation {
        if unit == nil { issues.append(.init(path: [], message: FileMessages.missingKey("unit"))) }
        if fiscalYear == nil { issues.append(.init(path: [], message: FileMessages.missingKey("fiscalYear"))) }
        var kindValue: EvaluationKind = project == nil ? .departmentWide : .project
        if let kind {
            if let parsed = FrameworkDocument.kind(kind) {
                kindValue = parsed
            } else {
                issues.append(
                    .init(
                        path: [.key("kind")],
                        message: FileMessages.unknownValue(
                            kind, allowed: EvaluationKind.allCases.map(\.rawValue))))
            }
        }
        var statusValue = EvaluationStatus.draft
        if let status {
            if let parsed = EvaluationStatus(rawValue: status) ?? EvaluationStatus.allCases.first(where: { $0.label == status }) {
                statusValue = parsed
            } else {
                issues.append(
                    .init(
                        path: [.key("status")],
                        message: FileMessages.unknownValue(
                            status, allowed: EvaluationStatus.allCases.map(\.rawValue))))
            }
        }
        var inputs: [String: IndicatorInput] = [:]
        for (key, input) in indicators?.entries ?? [] {
            inputs[key] = input.input(at: [.key("indicators"), .key(key)], issues: &issues)
        }
        let convertedTargets = (targets ?? []).enumerated().map { index, target in
            target.target(at: [.key("targets"), .index(index)], issues: &issues)
        }
        return Evaluation(
            id: id, kind: kindValue, unit: unit?.unit ?? Unit(name: ""), fiscalYear: fiscalYear ?? 0,
            frameworkID: frameworkID ?? "", status: statusValue, filing: filing ?? Filing(),
            project: project, figures: figureValues(issues: &issues), targets: convertedTargets,
            indicators: inputs, narrative: narrative ?? [], statedTotal: statedTotal?.value)
    }

    /// Figures by canonical id; the same figure given twice (as id and label) is an error.
    private func figureValues(issues: inout [ConversionIssue]) -> Figures {
        var values: [String: ExactDecimal] = [:]
        for (key, figure) in figures?.entries ?? [] {
            let id = FigureCatalog.id(for: key) ?? key
            if values[id] != nil {
                issues.append(.init(path: [.key("figures"), .key(key)], message: EvaluationMessages.duplicateFigure(key, id: id)))
            }
            values[id] = figure.value
        }
        return Figures(values)
    }

    static func outcome(_ text: String) -> QualitativeOutcome? {
        QualitativeOutcome(rawValue: text) ?? QualitativeOutcome.allCases.first { $0.label == text }
            ?? ["达成": .achieved, "部分达成": .partlyAchieved, "未达成": .notAchieved][text]
    }
}

extension IndicatorInputDocument {
    func input(at path: [PathComponent], issues: inout [ConversionIssue]) -> IndicatorInput {
        var outcomeValue: QualitativeOutcome?
        if let outcome {
            outcomeValue = EvaluationDocument.outcome(outcome)
            if outcomeValue == nil {
                issues.append(
                    .init(
                        path: path + [.key("outcome")],
                        message: FileMessages.unknownValue(
                            outcome, allowed: QualitativeOutcome.allCases.map(\.rawValue))))
            }
        }
        if let breaches, breaches < 0 {
            issues.append(.init(path: path + [.key("breaches")], message: EvaluationMessages.negativeBreaches))
        }
        return IndicatorInput(
            selfScore: selfScore?.value, checked: checked, breaches: breaches, outcome: outcomeValue,
            note: note, notApplicable: notApplicable)
    }
}

extension TargetDocument {
    func target(at path: [PathComponent], issues: inout [ConversionIssue]) -> Target {
        if name == nil { issues.append(.init(path: path, message: FileMessages.missingKey("name"))) }
        if direction == nil { issues.append(.init(path: path, message: FileMessages.missingKey("direction"))) }
        let directionValue = Direction.read(direction, at: path, issues: &issues) ?? .qualitative
        var outcomeValue: QualitativeOutcome?
        if let outcome {
            outcomeValue = EvaluationDocument.outcome(outcome)
            if outcomeValue == nil {
                issues.append(
                    .init(
                        path: path + [.key("outcome")],
                        message: FileMessages.unknownValue(
                            outcome, allowed: QualitativeOutcome.allCases.map(\.rawValue))))
            }
        }
        let targetNumber = target.flatMap(Self.number)
        let actualNumber = actual.flatMap(Self.number)
        let percent = [target, actual].contains { $0.map(Self.isPercent) == true }
        return Target(
            id: id, levels: levels ?? [], name: name ?? "", direction: directionValue,
            targetValue: targetNumber, targetText: targetNumber == nil ? target : nil,
            unit: unit ?? (percent ? "%" : nil),
            actualValue: actualNumber, actualText: actualNumber == nil ? actual : nil,
            maxScore: maxScore?.value, outcome: outcomeValue, deviationNote: deviationNote)
    }

    /// A target value as written: `95%` stays 95 in the unit %, like the 年度指标值 column.
    static func number(_ text: String) -> ExactDecimal? {
        let folded = HalfWidth.fold(text).trimmedSpaces
        return NumberText.parse(isPercent(folded) ? String(folded.dropLast()) : folded, percent: false)
    }

    static func isPercent(_ text: String) -> Bool { HalfWidth.fold(text).trimmedSpaces.hasSuffix("%") }
}
