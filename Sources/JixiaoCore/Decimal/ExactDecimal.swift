/// An exact decimal number: a 128-bit integer count of 10⁻⁹ units.
///
/// Money (in 万元), scores, rates and counts are all `ExactDecimal`; binary
/// floating point is never used. Addition and subtraction are exact; products
/// and quotients are rounded half-up (away from zero) to nine decimal places,
/// which is far below any precision a form shows (two decimals).
/// Arithmetic that would overflow traps only through the `checked` API;
/// the operators are meant for values of real budgets (|x| < 10²⁰).
public struct ExactDecimal: Sendable, Hashable, Comparable {
    /// Number of decimal places kept.
    public static let scale = 9
    /// 10^scale as the stored integer type.
    public static let unit: Int128 = 1_000_000_000

    /// The value times 10⁹.
    public var units: Int128

    /// Creates a value from its raw count of 10⁻⁹ units.
    public init(units: Int128) { self.units = units }

    /// Creates a value from an integer.
    public init(_ integer: Int) { self.units = Int128(integer) * Self.unit }

    /// Creates `significand × 10^-exponent`, rounding half-up beyond nine places.
    public init(significand: Int128, decimalPlaces: Int) {
        if decimalPlaces <= Self.scale {
            units = significand * Self.pow10(Self.scale - decimalPlaces)
        } else {
            units = Self.divideRounded(significand, Self.pow10(decimalPlaces - Self.scale))
        }
    }

    public static let zero = ExactDecimal(units: 0)
    public static let one = ExactDecimal(units: unit)
    public static let hundred = ExactDecimal(100)

    /// 10ⁿ for 0 ≤ n ≤ 38.
    public static func pow10(_ n: Int) -> Int128 {
        if n >= 0 && n < powersOfTen.count { return powersOfTen[n] }
        var result: Int128 = 1
        for _ in 0..<max(0, n) { result *= 10 }
        return result
    }

    // A table: rounding and formatting ask for powers of ten on every call.
    private static let powersOfTen: [Int128] = {
        var powers: [Int128] = [1]
        for _ in 1...38 { powers.append(powers[powers.count - 1] * 10) }
        return powers
    }()

    /// Integer division rounded half away from zero.
    static func divideRounded(_ numerator: Int128, _ denominator: Int128) -> Int128 {
        let (q, r) = numerator.quotientAndRemainder(dividingBy: denominator)
        let twiceR = r.magnitude * 2
        guard twiceR >= denominator.magnitude else { return q }
        return (numerator < 0) != (denominator < 0) ? q - 1 : q + 1
    }

    public static func < (lhs: ExactDecimal, rhs: ExactDecimal) -> Bool { lhs.units < rhs.units }

    public var isZero: Bool { units == 0 }
    public var isNegative: Bool { units < 0 }
    /// The absolute value.
    public var magnitude: ExactDecimal { ExactDecimal(units: units < 0 ? -units : units) }
}
