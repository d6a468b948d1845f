/// The figure consistency checks as data: signed terms that must add up to a total
/// (checks.md `sum.expenditure`, `sum.basic`, `balance`). Shared by the document
/// checks and `EvaluationChecker`; a check whose figures are not all known is skipped.
public struct FigureRule: Sendable, Hashable {
    public struct Term: Sendable, Hashable {
        public var sign: Int
        public var figure: String
    }

    public var rule: String
    public var terms: [Term]
    public var total: String

    /// A rule from a formula written as `+a + b - c`: figure ids of `FigureCatalog`.
    public init(rule: String, _ formula: String, equals total: String) {
        self.rule = rule
        self.total = total
        var terms: [Term] = []
        var sign = 1
        for token in formula.split(separator: " ") {
            switch token {
            case "+": sign = 1
            case "-", "−": sign = -1
            default: terms.append(Term(sign: sign, figure: String(token)))
            }
        }
        self.terms = terms
    }

    /// The built-in figure checks.
    public static let builtIn: [FigureRule] = [
        FigureRule(rule: "sum.expenditure", "basicExpenditure + projectExpenditure", equals: "expenditureTotal"),
        FigureRule(rule: "sum.basic", "personnelExpenditure + publicExpenditure", equals: "basicExpenditure"),
        FigureRule(rule: "balance", "carryoverStart + incomeTotal - expenditureTotal", equals: "carryoverEnd"),
    ]

    /// The check over `amounts` (by figure id), or nil when a figure is missing.
    public func check(_ amounts: [String: StatedAmount]) -> SumCheck? {
        guard let total = amounts[total] else { return nil }
        var signed: [(sign: Int, amount: StatedAmount)] = []
        for term in terms {
            guard let amount = amounts[term.figure] else { return nil }
            signed.append((term.sign, amount))
        }
        return SumCheck(terms: signed, total: total)
    }

    /// The findings of every rule whose figures are known and do not add up.
    /// `location` gives where each finding points, from the total's figure id.
    public static func findings(_ amounts: [String: StatedAmount], rules: [FigureRule] = builtIn,
                                location: (FigureRule) -> FindingLocation) -> [Finding] {
        rules.compactMap { rule in
            guard let check = rule.check(amounts), !check.holds else { return nil }
            let where_ = location(rule)
            return CheckCatalog.finding(rule.rule, CheckMessages.sum(check), line: where_.line, field: where_.field)
        }
    }
}
