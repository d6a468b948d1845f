/// What the use of results and the dashboard show of a unit's latest monitoring round: its
/// date, the overall and budget lights under the year's thresholds, and the budget figures.
public struct RoundLights: Sendable, Hashable {
    public var asOf: CalendarDate
    /// m, the months elapsed at `asOf`.
    public var months: Int
    /// The worst light of the round (nil when nothing could be lit).
    public var overall: Light?
    public var budget: Light?
    /// 执行率 and 时间进度 as percentages with two places (25.00 means 25%); rate nil
    /// when the annual budget is not positive.
    public var budgetRate: ExactDecimal?
    public var timeProgress: ExactDecimal

    /// The lights of `round` under `thresholds` (`MonitoringRound.evaluate`).
    public init(_ round: MonitoringRound, thresholds: MonitoringThresholds) {
        let result = round.evaluate(thresholds: thresholds)
        asOf = round.asOf
        months = result.months
        overall = result.overall
        budget = result.budget.light
        budgetRate = result.budget.rate
        timeProgress = result.budget.timeProgress
    }
}
