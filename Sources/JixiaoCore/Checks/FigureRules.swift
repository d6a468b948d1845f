/// The figure consistency checks as data: a formula over figures (an `Expression`)
/// that must equal a total figure (checks.md `sum.expenditure`, `sum.basic`, `sum.income`,
/// `balance`; `sum.funds` for the parts of a project's funds). Shared by the document
/// checks and `EvaluationChecker`; a check whose figures are not all known is skipped.
/// A finance bureau may add its own rules.
public struct FigureRule: Sendable, Hashable {
    public struct Term: Sendable, Hashable {
        public var sign: Int
        public var figure: String
    }

    public var rule: String
    /// The formula, e.g. `basicExpenditure + projectExpenditure`.
    public var formula: Expression
    /// The figure ids of the formula with their signs, for the tolerance and the message.
    public var terms: [Term]
    public var total: String

    /// A rule from a formula of figure ids (`FigureCatalog`) joined by + and −, with spaces.
    public init(rule: String, _ formula: String, equals total: String) throws(ExpressionError) {
        self.rule = rule
        self.total = total
        self.formula = try Expression(formula)
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
        ("sum.expenditure", "basicExpenditure + projectExpenditure", "expenditureTotal"),
        ("sum.basic", "personnelExpenditure + publicExpenditure", "basicExpenditure"),
        ("balance", "carryoverStart + incomeTotal - expenditureTotal", "carryoverEnd"),
        ("sum.funds", "fiscalFundsInitial + carryoverFundsInitial + otherFundsInitial", "budgetInitial"),
        ("sum.funds", "fiscalFundsAdjusted + carryoverFundsAdjusted + otherFundsAdjusted", "budgetAdjusted"),
        ("sum.funds", "fiscalFundsExecuted + carryoverFundsExecuted + otherFundsExecuted", "budgetExecuted"),
        ("sum.income", "fiscalIncome + otherIncome", "incomeTotal"),
    ].compactMap { try? FigureRule(rule: $0.0, $0.1, equals: $0.2) }

    /// The check over `amounts` (by figure id), or nil when a figure is missing.
    public func check(_ amounts: [String: StatedAmount]) -> SumCheck? {
        guard let total = amounts[total], let computed = formula.evaluate({ amounts[$0]?.value }).decimal else { return nil }
        var signed: [(sign: Int, amount: StatedAmount)] = []
        for term in terms {
            guard let amount = amounts[term.figure] else { return nil }
            signed.append((term.sign, amount))
        }
        return SumCheck(terms: signed, total: total, computed: computed)
    }

    /// The findings of every rule whose figures are known and do not add up.
    /// `location` gives where each finding points.
    public static func findings(
        _ amounts: [String: StatedAmount], rules: [FigureRule] = builtIn,
        location: (FigureRule) -> FindingLocation
    ) -> [Finding] {
        rules.compactMap { rule in
            guard let check = rule.check(amounts), !check.holds else { return nil }
            let place = location(rule)
            return CheckCatalog.finding(rule.rule, CheckMessages.sum(check), line: place.line, field: place.field)
        }
    }
}
