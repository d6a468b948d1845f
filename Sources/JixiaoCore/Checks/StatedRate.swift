/// A percentage a report states next to its own numerator and denominator
/// (办结 3460 件 / 受理 3735 件 → 办结率 92.64%), and whether they agree.
public struct StatedRateCheck: Sendable, Hashable {
    /// The percentage as stated (92.64 for 92.64%).
    public var statedPercent: ExactDecimal
    /// Decimals written in the stated percentage.
    public var statedPlaces: Int
    public var numerator: ExactDecimal
    public var denominator: ExactDecimal

    public init(statedPercent: ExactDecimal, statedPlaces: Int, numerator: ExactDecimal, denominator: ExactDecimal) {
        self.statedPercent = statedPercent
        self.statedPlaces = statedPlaces
        self.numerator = numerator
        self.denominator = denominator
    }

    /// numerator / denominator × 100, or nil when the denominator is zero.
    public var computedPercent: ExactDecimal? {
        (numerator * .hundred).divided(by: denominator)
    }

    /// Half a unit of the stated percentage's last written digit: 0.5 for 79%, 0.005 for 92.64%.
    public var tolerance: ExactDecimal {
        ExactDecimal(significand: 5, decimalPlaces: statedPlaces + 1)
    }

    /// True when the stated value is the computed one within the written precision;
    /// nil when it cannot be decided (zero denominator).
    public var matches: Bool? {
        guard let computed = computedPercent else { return nil }
        return (computed - statedPercent).magnitude <= tolerance
    }
}
