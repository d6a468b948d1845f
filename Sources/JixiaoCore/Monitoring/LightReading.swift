/// One light with how it came about: the percentage v it was decided on (when the rule
/// has one) and the arithmetic in Chinese.
public struct LightReading: Sendable, Hashable {
    /// nil when the light cannot be decided (no actual entered, no time elapsed).
    public var light: Light?
    /// v in percent, rounded half-up to two places (the value the light was decided on).
    public var ratio: ExactDecimal?
    /// 「执行率 25.00% ÷ 时间进度 58.33% = 42.86%，低于 60%，红灯」.
    public var explanation: String

    public init(light: Light?, ratio: ExactDecimal? = nil, explanation: String) {
        self.light = light
        self.ratio = ratio
        self.explanation = explanation
    }
}

/// The budget light: execution rate (executed ÷ annual) and v.
public struct BudgetReading: Sendable, Hashable {
    /// 执行率 in percent, two places half-up; nil when the annual budget is 0.
    public var rate: ExactDecimal?
    /// 时间进度 m ÷ 12 in percent, two places half-up.
    public var timeProgress: ExactDecimal
    public var reading: LightReading

    public var light: Light? { reading.light }
    public var ratio: ExactDecimal? { reading.ratio }
}
