import JixiaoCore

/// A problem found while turning a document into core values, at a document path.
struct ConversionIssue {
    var path: [PathComponent]
    var message: String
}

extension FrameworkDocument {
    /// The framework this document describes. Problems are appended to `issues`;
    /// placeholders stand in for what is missing so every problem is reported at once.
    func framework(issues: inout [ConversionIssue]) -> Framework {
        var kindValue = EvaluationKind.departmentWide
        if let kind {
            if let parsed = Self.kind(kind) {
                kindValue = parsed
            } else {
                issues.append(
                    .init(
                        path: [.key("kind")],
                        message: FileMessages.unknownValue(
                            kind, allowed: EvaluationKind.allCases.map(\.rawValue))))
            }
        } else {
            issues.append(.init(path: [], message: FileMessages.missingKey("kind")))
        }
        let list = indicators ?? []
        let converted = list.enumerated().map { index, indicator in
            indicator.indicator(at: [.key("indicators"), .index(index)], issues: &issues)
        }
        return Framework(
            id: id ?? "", title: title ?? "", kind: kindValue, region: region ?? "",
            year: year ?? 0, source: source ?? "", total: total?.value ?? 100,
            parameters: parameters?.parameters(issues: &issues) ?? FrameworkParameters(),
            indicators: converted)
    }

    static func kind(_ text: String) -> EvaluationKind? {
        switch text.trimmedSpaces {
        case "departmentWide", "部门整体", "部门整体支出": return .departmentWide
        case "project", "项目", "项目支出": return .project
        default: return EvaluationKind(rawValue: text)
        }
    }
}

extension ParametersDocument {
    func parameters(issues: inout [ConversionIssue]) -> FrameworkParameters {
        var result = FrameworkParameters()
        if let inverseFormula {
            if let formula = InverseFormula(rawValue: inverseFormula) {
                result.inverseFormula = formula
            } else {
                issues.append(
                    .init(
                        path: [.key("parameters"), .key("inverseFormula")],
                        message: FileMessages.unknownValue(
                            inverseFormula, allowed: InverseFormula.allCases.map(\.rawValue))))
            }
        }
        if let executionDenominator { result.executionDenominator = executionDenominator }
        if let overshootExplanationRatio { result.overshootExplanationRatio = overshootExplanationRatio.value }
        if let penaliseOvershoot { result.penaliseOvershoot = penaliseOvershoot }
        return result
    }
}

extension IndicatorDocument {
    func indicator(at path: [PathComponent], issues: inout [ConversionIssue]) -> Indicator {
        if max == nil { issues.append(.init(path: path, message: FileMessages.missingKey("max"))) }
        let kids = (children ?? []).enumerated().map { index, child in
            child.indicator(at: path + [.key("children"), .index(index)], issues: &issues)
        }
        let scoring = rule.flatMap { $0.rule(at: path + [.key("rule")], issues: &issues) }
        let trimmedID = id?.trimmedSpaces
        return Indicator(
            id: trimmedID?.isEmpty == false ? trimmedID : name?.trimmedSpaces,
            name: name?.trimmedSpaces ?? "", max: max?.value ?? .zero, children: kids,
            value: value, rule: scoring, criteria: criteria, note: note,
            provisional: provisional ?? false, fromTargets: fromTargets ?? false)
    }
}
