/// 定量 proportional scoring (财预〔2020〕10号): full when the actual value meets
/// the target in its direction, otherwise in proportion.
enum ProportionalRule {
    /// The numbers one proportional leaf is scored on.
    struct Measure {
        var actual: ExactDecimal
        var target: ExactDecimal
        var direction: Direction
        var inverse: InverseFormula
        var parameters: FrameworkParameters
    }

    /// Scores `measure`; `lead` states the actual value, `show` formats numbers.
    static func score(_ m: Measure, max: ExactDecimal, lead: String,
                      show: (ExactDecimal) -> String) -> RuleOutcome {
        let full = ScoringMessages.fullScore + DecimalText.points(max) + ScoringMessages.points
        let targetText = show(m.target)
        switch m.direction {
        case .atLeast, .greaterThan, .qualitative:
            return higherIsBetter(m, max: max, lead: lead, full: full, targetText: targetText, show: show)
        case .equal where m.target > .zero:
            return higherIsBetter(m, max: max, lead: lead, full: full, targetText: targetText, show: show)
        case .equal:
            if m.target.isZero ? m.actual <= .zero : m.actual == m.target {
                return .scored(max, lead + "，目标值 " + targetText + "，已达到" + full)
            }
            return .scored(.zero, lead + "，目标值 " + targetText + "，未达到，得 0 分")
        case .atMost, .lessThan:
            if m.actual <= m.target { return .scored(max, lead + " ≤ " + targetText + full) }
            return lowerIsBetter(m, max: max, lead: lead, targetText: targetText, show: show)
        }
    }

    private static func higherIsBetter(_ m: Measure, max: ExactDecimal, lead: String, full: String,
                                       targetText: String, show: (ExactDecimal) -> String) -> RuleOutcome {
        let overshoot = m.target > .zero && m.actual >= m.target * m.parameters.overshootExplanationRatio
        if m.actual >= m.target {
            var outcome = RuleOutcome.scored(max, lead + " ≥ " + targetText + full)
            if overshoot {
                let ratio = DecimalText.percent(m.parameters.overshootExplanationRatio)
                outcome.noteRequiredBecause = "实际完成值 " + show(m.actual) + " 达到目标值 " + targetText
                    + " 的 " + ratio + " 以上，需说明原因（目标是否偏低）"
                if m.parameters.penaliseOvershoot, let share = m.target.divided(by: m.actual) {
                    let score = share * max
                    outcome.score = score
                    outcome.explanation = lead + " 远超目标值 " + targetText + "，按目标值 ÷ 实际值 × 分值 = "
                        + targetText + " ÷ " + show(m.actual) + " × " + DecimalText.points(max) + " = "
                        + DecimalText.points(score) + " 分"
                }
            }
            return outcome
        }
        guard m.target > .zero, let share = m.actual.divided(by: m.target) else {
            return .scored(.zero, lead + " < " + targetText + "，目标值不为正数，无法按比例计分，得 0 分")
        }
        let score = share * max
        return .scored(score, lead + " < " + targetText + "，按比例得 " + show(m.actual) + " ÷ " + targetText
                       + " × " + DecimalText.points(max) + " = " + DecimalText.points(score) + " 分")
    }

    private static func lowerIsBetter(_ m: Measure, max: ExactDecimal, lead: String, targetText: String,
                                      show: (ExactDecimal) -> String) -> RuleOutcome {
        let actualText = show(m.actual)
        let maxText = DecimalText.points(max)
        switch m.inverse {
        case .ratio:
            guard let share = m.target.divided(by: m.actual) else {
                return .scored(.zero, lead + " > " + targetText + "，得 0 分")
            }
            let score = share * max
            return .scored(score, lead + " > " + targetText + "，按目标值 ÷ 实际值 × 分值 = " + targetText + " ÷ "
                           + actualText + " × " + maxText + " = " + DecimalText.points(score) + " 分")
        case .linear:
            guard let excess = (m.actual - m.target).divided(by: m.target), m.target > .zero else {
                return .scored(.zero, lead + " > 目标值 " + targetText + "，得 0 分")
            }
            let score = (.one - excess) * max
            let text = lead + " > " + targetText + "，超出目标值 " + DecimalText.percent(excess) + "，按 (1 − "
                + DecimalText.percent(excess) + ") × " + maxText + " = "
            if score <= .zero { return .scored(.zero, text + "0 分（扣完为止）") }
            return .scored(score, text + DecimalText.points(score) + " 分")
        }
    }
}
