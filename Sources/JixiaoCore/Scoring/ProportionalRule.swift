/// 定量 proportional scoring (财预〔2020〕10号): full when the actual value meets
/// the target in its direction, otherwise in proportion.
enum ProportionalRule {
    /// The numbers one proportional leaf is scored on.
    struct Measure: Sendable {
        var actual: ExactDecimal
        var target: ExactDecimal
        var direction: Direction
        var inverse: InverseFormula
        var parameters: FrameworkParameters
    }

    /// Scores `measure`; `lead` states the actual value, `style` shows numbers.
    static func score(_ m: Measure, max: ExactDecimal, lead: Explanation.Part, style: ValueStyle) -> RuleOutcome {
        let target = style.part(m.target)
        switch m.direction {
        case .atLeast, .greaterThan, .qualitative:
            return higherIsBetter(m, max: max, lead: lead, style: style)
        case .equal where m.target > .zero:
            return higherIsBetter(m, max: max, lead: lead, style: style)
        case .equal:
            if m.target.isZero ? m.actual <= .zero : m.actual == m.target {
                return .scored(max, Explanation { [lead, "，目标值 ", target, "，已达到，得满分 ", .points(max), " 分"] })
            }
            return .scored(.zero, Explanation { [lead, "，目标值 ", target, "，未达到，得 0 分"] })
        case .atMost, .lessThan:
            if m.actual <= m.target {
                return .scored(max, Explanation { [lead, " ≤ ", target, "，得满分 ", .points(max), " 分"] })
            }
            return lowerIsBetter(m, max: max, lead: lead, style: style)
        }
    }

    private static func higherIsBetter(
        _ m: Measure, max: ExactDecimal, lead: Explanation.Part,
        style: ValueStyle
    ) -> RuleOutcome {
        let target = style.part(m.target), actual = style.part(m.actual)
        if m.actual >= m.target {
            var outcome = RuleOutcome.scored(max, Explanation { [lead, " ≥ ", target, "，得满分 ", .points(max), " 分"] })
            if m.target > .zero && m.actual >= m.target * m.parameters.overshootExplanationRatio {
                let ratio = m.parameters.overshootExplanationRatio
                outcome.noteRequiredBecause = Explanation {
                    [
                        .text(
                            ScoringMessages.overshoot(
                                actual: Explanation(actual).text, target: Explanation(target).text,
                                ratio: NumberFormat.percent(ratio)))
                    ]
                }
                if m.parameters.penaliseOvershoot, let share = m.target.divided(by: m.actual) {
                    let score = share * max
                    outcome.score = score
                    outcome.explanation = Explanation {
                        [
                            lead, " 远超目标值 ", target, "，按目标值 ÷ 实际值 × 分值 = ", target,
                            " ÷ ", actual, " × ", .points(max), " = ", .points(score), " 分",
                        ]
                    }
                }
            }
            return outcome
        }
        guard m.target > .zero, let share = m.actual.divided(by: m.target) else {
            return .scored(.zero, Explanation { [lead, " < ", target, "，目标值不为正数，无法按比例计分，得 0 分"] })
        }
        let score = share * max
        return .scored(
            score,
            Explanation {
                [
                    lead, " < ", target, "，按比例得 ", actual, " ÷ ", target, " × ",
                    .points(max), " = ", .points(score), " 分",
                ]
            })
    }

    private static func lowerIsBetter(
        _ m: Measure, max: ExactDecimal, lead: Explanation.Part,
        style: ValueStyle
    ) -> RuleOutcome {
        let target = style.part(m.target), actual = style.part(m.actual)
        switch m.inverse {
        case .ratio:
            guard let share = m.target.divided(by: m.actual) else {
                return .scored(.zero, Explanation { [lead, " > ", target, "，得 0 分"] })
            }
            let score = share * max
            return .scored(
                score,
                Explanation {
                    [
                        lead, " > ", target, "，按目标值 ÷ 实际值 × 分值 = ", target, " ÷ ",
                        actual, " × ", .points(max), " = ", .points(score), " 分",
                    ]
                })
        case .linear:
            guard m.target > .zero, let excess = (m.actual - m.target).divided(by: m.target) else {
                return .scored(.zero, Explanation { [lead, " > 目标值 ", target, "，得 0 分"] })
            }
            let score = (.one - excess) * max
            let shown = score <= .zero ? ExactDecimal.zero : score
            return .scored(
                shown,
                Explanation {
                    [
                        lead, " > ", target, "，超出目标值 ", .percent(excess), "，按 (1 − ",
                        .percent(excess), ") × ", .points(max), " = ", .points(shown),
                        score <= .zero ? " 分（扣完为止）" : " 分",
                    ]
                })
        }
    }
}
