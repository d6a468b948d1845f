/// Checks a framework against the rules of `frameworks.md`: metadata present,
/// maxima adding up, one rule per leaf, unique ids, sound rule parameters.
///
/// Pure: it reads a `Framework` value; file positions are added by the reader.
public struct FrameworkValidator: Sendable {
    public init() {}

    /// Every problem found, errors and warnings, in framework order.
    public func validate(_ framework: Framework) -> [FrameworkIssue] {
        var issues = metadataIssues(framework)
        if framework.indicators.isEmpty {
            issues.append(FrameworkIssue(severity: .error, field: "indicators", message: FrameworkMessages.noIndicators))
            return issues
        }
        let sum = framework.indicators.reduce(ExactDecimal.zero) { $0 + $1.max }
        if sum != framework.total {
            issues.append(
                FrameworkIssue(
                    severity: .error, field: "total",
                    message: FrameworkMessages.totalMismatch(sum: sum, total: framework.total)))
        }
        var seen: Set<String> = []
        for (index, indicator) in framework.indicators.enumerated() {
            walk(indicator, indexPath: [index], namePath: [indicator.name], seen: &seen, issues: &issues)
        }
        return issues
    }

    private func metadataIssues(_ framework: Framework) -> [FrameworkIssue] {
        let texts: [(String, String)] = [
            ("id", framework.id), ("title", framework.title), ("region", framework.region), ("source", framework.source),
        ]
        var issues = texts.filter { $0.1.trimmedSpaces.isEmpty }.map {
            FrameworkIssue(severity: .error, field: $0.0, message: FrameworkMessages.missing($0.0))
        }
        if framework.year <= 0 {
            issues.append(FrameworkIssue(severity: .error, field: "year", message: FrameworkMessages.missing("year")))
        }
        return issues
    }

    private func walk(
        _ indicator: Indicator, indexPath: [Int], namePath: [String], seen: inout Set<String>,
        issues: inout [FrameworkIssue]
    ) {
        func issue(_ severity: FrameworkIssue.Severity, _ field: String?, _ message: String) {
            issues.append(
                FrameworkIssue(
                    severity: severity, indexPath: indexPath, namePath: namePath,
                    field: field, message: message))
        }
        if indicator.name.trimmedSpaces.isEmpty { issue(.error, "name", FrameworkMessages.emptyName) }
        if !seen.insert(indicator.id).inserted { issue(.error, "id", FrameworkMessages.duplicateID(indicator.id)) }
        if indicator.max.isNegative { issue(.error, "max", FrameworkMessages.negativeMax(indicator.max)) }
        if indicator.fromTargets {
            if !indicator.children.isEmpty { issue(.error, "children", FrameworkMessages.fromTargetsWithChildren) }
            return
        }
        if indicator.children.isEmpty {
            guard let rule = indicator.rule else {
                issue(.error, "rule", FrameworkMessages.leafWithoutRule)
                return
            }
            for problem in ruleProblems(rule, max: indicator.max) { issue(problem.severity, "rule", problem.message) }
            for problem in formulaProblems(indicator) { issue(.error, problem.field, problem.message) }
            return
        }
        if indicator.rule != nil { issue(.error, "rule", FrameworkMessages.headingWithRule) }
        let sum = indicator.children.reduce(ExactDecimal.zero) { $0 + $1.max }
        if sum != indicator.max { issue(.error, "max", FrameworkMessages.sumMismatch(children: sum, max: indicator.max)) }
        for (index, child) in indicator.children.enumerated() {
            walk(child, indexPath: indexPath + [index], namePath: namePath + [child.name], seen: &seen, issues: &issues)
        }
    }
}
