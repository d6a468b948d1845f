/// An amount as a report or a form states it, with the precision it was written with.
public struct StatedAmount: Sendable, Hashable {
    /// The label shown in messages (基本支出).
    public var label: String
    /// The value in 万元.
    public var value: ExactDecimal
    /// One unit of the last digit written, in 万元 (0.01 for 390.73 万元); never coarser
    /// than 0.01 万元 since forms keep two decimals.
    public var precision: ExactDecimal

    public init(label: String, value: ExactDecimal, precision: ExactDecimal = ExactDecimal(significand: 1, decimalPlaces: 2)) {
        self.label = label
        self.value = value
        self.precision = Swift.min(precision, ExactDecimal(significand: 1, decimalPlaces: 2))
    }
}

/// `terms` (each with a sign) must add up to `total` within the written precision:
/// one unit of the last written digit per term added (checks.md, Tolerances).
public struct SumCheck: Sendable, Hashable {
    public var terms: [(sign: Int, amount: StatedAmount)]
    public var total: StatedAmount
    /// The value of the terms (from an `Expression` when the check is data).
    public var computed: ExactDecimal

    /// A check whose computed value is the signed sum of `terms` unless given.
    public init(terms: [(sign: Int, amount: StatedAmount)], total: StatedAmount, computed: ExactDecimal? = nil) {
        self.terms = terms
        self.total = total
        self.computed = computed ?? terms.reduce(ExactDecimal.zero) { $0 + ($1.sign < 0 ? -$1.amount.value : $1.amount.value) }
    }

    public static func == (a: SumCheck, b: SumCheck) -> Bool {
        a.total == b.total && a.terms.map(\.amount) == b.terms.map(\.amount) && a.terms.map(\.sign) == b.terms.map(\.sign)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(total)
        for term in terms { hasher.combine(term.sign); hasher.combine(term.amount) }
    }

    /// The allowed difference.
    public var tolerance: ExactDecimal { terms.reduce(ExactDecimal.zero) { $0 + $1.amount.precision } }

    /// computed − total.
    public var difference: ExactDecimal { computed - total.value }

    /// True when the terms add up to the total within the tolerance; a difference
    /// equal to the tolerance still holds (each term may be off by its last digit).
    public var holds: Bool { difference.magnitude <= tolerance }

    /// The arithmetic in words: `基本支出 390.73 万元 + 项目支出 620.85 万元 = 1,011.58 万元`.
    public var arithmetic: String {
        var text = ""
        for (index, term) in terms.enumerated() {
            if index > 0 { text += term.sign < 0 ? " − " : " + " } else if term.sign < 0 { text += "−" }
            text += "\(term.amount.label) \(NumberFormat.moneyExact(term.amount.value)) 万元"
        }
        return text + " = \(NumberFormat.moneyExact(computed)) 万元"
    }
}
