/// The light rules of cycle.md §3. Every division is guarded (a zero annual budget, a zero
/// target or no elapsed month never divides); v is rounded half-up to two places and the
/// light is decided on that rounded v, so the explanation never contradicts its light.
public enum MonitoringLights {
    /// The budget light: v = (executed ÷ annual) ÷ (m ÷ 12) × 100.
    public static func budget(_ budget: MonitoredBudget, months: Int, bands: LightBands) -> BudgetReading {
        let time = percent(ExactDecimal(months), of: 12) ?? .zero
        guard budget.annual > .zero else {
            return BudgetReading(
                rate: nil, timeProgress: time,
                reading: LightReading(light: .red, explanation: MonitoringMessages.noBudget(budget.annual)))
        }
        let rate = percent(budget.executed, of: budget.annual)
        guard months > 0 else {
            return BudgetReading(
                rate: rate, timeProgress: time,
                reading: LightReading(light: nil, explanation: MonitoringMessages.noTimeElapsed))
        }
        let v = perMonths(budget.executed, of: budget.annual, months: months)
        guard let rate, let v else {
            return BudgetReading(
                rate: rate, timeProgress: time,
                reading: LightReading(light: nil, explanation: MonitoringMessages.tooLarge))
        }
        let light = bands.light(for: v)
        let text = MonitoringMessages.budget(
            budget, rate: rate, months: months, time: time, ratio: v,
            band: bands.bandText(light), light: light)
        return BudgetReading(rate: rate, timeProgress: time, reading: LightReading(light: light, ratio: v, explanation: text))
    }

    /// The light of one target after `months` elapsed months, with data to `asOf` (which
    /// deadline targets such as 「2025年10月31日前」 are compared with).
    public static func target(
        _ monitored: MonitoredTarget, months: Int, asOf: CalendarDate? = nil,
        bands: LightBands
    ) -> LightReading {
        let target = monitored.target
        if target.direction == .qualitative { return qualitative(target) }
        if target.targetValue == nil, !target.direction.isHigherBetter, let deadline = DeadlineLight.date(target.targetText) {
            return DeadlineLight.reading(target, deadline: deadline, asOf: asOf)
        }
        guard let actual = target.actualValue else {
            return LightReading(light: nil, explanation: MonitoringMessages.noActual(target.actualText))
        }
        guard let goal = target.targetValue else {
            return LightReading(light: nil, explanation: MonitoringMessages.targetNotNumber(target.targetText))
        }
        let words = ValueWords(unit: target.unit)
        switch target.direction {
        case .equal:
            return compared(actual == goal, words.equal(actual, goal))
        case .atMost, .lessThan:
            let within = target.direction == .atMost ? actual <= goal : actual < goal
            return compared(within, words.lowerIsBetter(actual, goal, direction: target.direction, within: within))
        case .atLeast, .greaterThan:
            if goal.isZero { return compared(actual == goal, words.zeroTarget(actual)) }
            if goal.isNegative {
                let met = target.direction == .atLeast ? actual >= goal : actual > goal
                return compared(met, words.negativeTarget(actual, goal, direction: target.direction, met: met))
            }
            return monitored.cumulative
                ? cumulative(actual, goal, months: months, bands: bands, words: words)
                : proportional(actual, goal, bands: bands, words: words)
        case .qualitative:
            return qualitative(target)
        }
    }

    private static func proportional(
        _ actual: ExactDecimal, _ goal: ExactDecimal, bands: LightBands,
        words: ValueWords
    ) -> LightReading {
        guard let v = percent(actual, of: goal) else { return LightReading(light: nil, explanation: MonitoringMessages.tooLarge) }
        let light = bands.light(for: v)
        return LightReading(
            light: light, ratio: v,
            explanation: words.proportional(actual, goal, ratio: v, band: bands.bandText(light), light: light))
    }

    private static func cumulative(
        _ actual: ExactDecimal, _ goal: ExactDecimal, months: Int, bands: LightBands,
        words: ValueWords
    ) -> LightReading {
        guard months > 0 else { return LightReading(light: nil, explanation: MonitoringMessages.noTimeElapsed) }
        guard let v = perMonths(actual, of: goal, months: months),
            let due = goal.multiplied(by: ExactDecimal(months))?.divided(by: 12)
        else {
            return LightReading(light: nil, explanation: MonitoringMessages.tooLarge)
        }
        let light = bands.light(for: v)
        return LightReading(
            light: light, ratio: v,
            explanation: words.cumulative(
                actual, goal, months: months, due: due, ratio: v,
                band: bands.bandText(light), light: light))
    }

    private static func qualitative(_ target: Target) -> LightReading {
        guard let outcome = target.outcome ?? target.actualText.flatMap(QualitativeOutcome.init(answer:)) else {
            return LightReading(light: nil, explanation: MonitoringMessages.noAnswer(target.actualText))
        }
        return LightReading(
            light: outcome.light,
            explanation: MonitoringMessages.qualitative(target.actualText ?? outcome.label, light: outcome.light))
    }

    private static func compared(_ met: Bool, _ text: (Light) -> String) -> LightReading {
        let light: Light = met ? .green : .red
        return LightReading(light: light, explanation: text(light))
    }

    /// `value ÷ (base × months ÷ 12) × 100`, computed as one division of `value × 12` by `base × months`.
    static func perMonths(_ value: ExactDecimal, of base: ExactDecimal, months: Int) -> ExactDecimal? {
        guard let twelvefold = value.multiplied(by: 12), let share = base.multiplied(by: ExactDecimal(months)) else { return nil }
        return percent(twelvefold, of: share)
    }

    /// `value ÷ base × 100`, rounded half-up to two places; nil when `base` is 0 or it does not fit.
    static func percent(_ value: ExactDecimal, of base: ExactDecimal) -> ExactDecimal? {
        guard !base.isZero, let hundredfold = value.multiplied(by: .hundred),
            let quotient = hundredfold.divided(by: base)
        else { return nil }
        return quotient.rounded(places: 2)
    }
}
