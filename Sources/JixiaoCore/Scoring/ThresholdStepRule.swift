/// Full within a standard; beyond it, deduct points per step, 扣完为止.
enum ThresholdStepRule {
    struct Parameters: Sendable {
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
        let symbol = Explanation.Part.text(p.side == .qualitative ? "=" : p.side.rawValue)
        let lead = leaf.lead, style = leaf.style, max = leaf.max
        if within(value, p) {
            return .scored(max, Explanation { [lead, " ", symbol, " ", style.part(p.standard), "，得满分 ", .points(max), " 分"] })
        }
        let excess = (value - p.standard).magnitude
        let steps = stepCount(excess, p)
        let deduction = steps * p.deduct
        let score = max - deduction
        let explanation = Explanation {
            let rate = style.isRate
            let amount: (ExactDecimal) -> Explanation.Part = { rate ? .percentagePoints($0) : .figure($0, unit: "") }
            var parts: [Explanation.Part] = [
                lead, "，不满足 ", symbol, " ", style.part(p.standard), value > p.standard ? "，超出 " : "，低于标准 ",
                amount(excess), rate ? " 个百分点，每 " : "，每 ", amount(p.per), rate ? " 个百分点扣 " : " 扣 ",
                .points(p.deduct), p.partialSteps ? " 分（不足一档按一档计），计 " : " 分（不足一档不扣），计 ",
                .points(steps), " 档 × ", .points(p.deduct), " = 扣 ", .points(deduction),
            ]
            if score <= .zero {
                parts.append(" 分，扣完为止，得 0 分")
            } else {
                parts += [" 分，得 ", .points(score), " 分"]
            }
            return parts
        }
        return .scored(score <= .zero ? .zero : score, explanation)
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
}
