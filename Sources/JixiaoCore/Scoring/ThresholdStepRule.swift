/// Full within a standard; beyond it, deduct points per step, 扣完为止.
enum ThresholdStepRule {
    struct Parameters {
        var standard: ExactDecimal
        var side: Direction
        var deduct: ExactDecimal
        var per: ExactDecimal
        var partialSteps: Bool
    }

    static func score(_ p: Parameters, _ leaf: LeafInput) -> RuleOutcome {
        let value: ExactDecimal
        switch leaf.requireValue() {
        case .success(let number): value = number
        case .failure(let error): return error.outcome
        }
        let standardText = leaf.show(p.standard)
        let maxText = DecimalText.points(leaf.max)
        if within(value, p) {
            return .scored(leaf.max, leaf.valueText + " " + symbol(p.side) + " " + standardText
                           + ScoringMessages.fullScore + maxText + ScoringMessages.points)
        }
        let excess = (value - p.standard).magnitude
        let steps = stepCount(excess, p)
        let deduction = steps * p.deduct
        let score = leaf.max - deduction
        let unit = leaf.isRate ? " 个百分点" : ""
        let amount: (ExactDecimal) -> String = {
            leaf.isRate ? DecimalText.percentagePoints($0) : DecimalText.figure($0)
        }
        var text = leaf.valueText + "，不满足 " + symbol(p.side) + " " + standardText
        text += "，" + (value > p.standard ? "超出 " : "低于标准 ") + amount(excess) + unit
        text += "，每 " + amount(p.per) + (leaf.isRate ? unit : " ") + "扣 " + DecimalText.points(p.deduct) + " 分"
        text += p.partialSteps ? "（不足一档按一档计）" : "（不足一档不扣）"
        text += "，计 " + DecimalText.points(steps) + " 档 × " + DecimalText.points(p.deduct) + " = 扣 "
            + DecimalText.points(deduction) + " 分"
        if score <= .zero { return .scored(.zero, text + "，扣完为止，得 0 分") }
        return .scored(score, text + "，得 " + DecimalText.points(score) + " 分")
    }

    /// True when `value` is on the good side of the standard.
    static func within(_ value: ExactDecimal, _ p: Parameters) -> Bool {
        switch p.side {
        case .atMost: return value <= p.standard
        case .lessThan: return value < p.standard
        case .atLeast: return value >= p.standard
        case .greaterThan: return value > p.standard
        case .equal, .qualitative: return value == p.standard
        }
    }

    /// Whole steps beyond the standard, or started steps when `partialSteps`.
    /// At the standard itself on a strict side (`< 100%` and the value is 100%)
    /// the value is out, by less than one step.
    static func stepCount(_ excess: ExactDecimal, _ p: Parameters) -> ExactDecimal {
        guard p.per > .zero, let steps = excess.divided(by: p.per) else { return excess > .zero || p.partialSteps ? 1 : 0 }
        if excess.isZero { return p.partialSteps ? 1 : 0 }
        return p.partialSteps ? steps.ceiling : steps.floor
    }

    private static func symbol(_ side: Direction) -> String {
        side == .qualitative ? "=" : side.rawValue
    }
}
