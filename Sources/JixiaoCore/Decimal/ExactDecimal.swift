/// An exact decimal number: a 128-bit integer count of 10⁻⁹ units.
///
/// Money (in 万元), scores, rates and counts are all `ExactDecimal`; binary
/// floating point is never used. Addition and subtraction are exact; products
/// and quotients are rounded half-up (away from zero) to nine decimal places,
/// which is far below any precision a form shows (two decimals).
/// The operators are meant for values of real budgets (|x| < 10²⁰); beyond the 128-bit
/// range sums and products saturate at the bounds instead of trapping.
public struct ExactDecimal: Sendable, Hashable, Comparable {
    /// Number of decimal places kept.
    public static let scale = 9
    /// 10^scale as the stored integer type.
    public static let unit: Int128 = 1_000_000_000

    // `units` kept as two 64-bit words: an `Int128` field aligns every struct and
    // array holding a decimal to 16 bytes, which sends their allocations through
    // the aligned allocator and pads `ExactDecimal?` to 32 bytes (now 17).
    private var low: UInt64
    private var high: Int64

    /// The value times 10⁹.
    public var units: Int128 {
        @inline(__always) get { Int128(high) << 64 | Int128(low) }
        @inline(__always) set {
            low = UInt64(truncatingIfNeeded: newValue)
            high = Int64(truncatingIfNeeded: newValue >> 64)
        }
    }

    /// Creates a value from its raw count of 10⁻⁹ units.
    @inline(__always)
    public init(units: Int128) {
        low = UInt64(truncatingIfNeeded: units)
        high = Int64(truncatingIfNeeded: units >> 64)
    }

    /// Creates a value from an integer.
    public init(_ integer: Int) { self.init(units: Int128(integer) * Self.unit) }

    /// Creates `significand × 10^-exponent`, rounding half-up beyond nine places.
    public init(significand: Int128, decimalPlaces: Int) {
        if decimalPlaces <= Self.scale {
            self.init(units: significand * Self.pow10(Self.scale - decimalPlaces))
        } else {
            self.init(units: Self.divideRounded(significand, Self.pow10(decimalPlaces - Self.scale)))
        }
    }

    // Computed, not stored: a stored static is initialised lazily, and every use
    // on a hot path paid a call to check that it was.
    public static var zero: ExactDecimal { @inline(__always) get { ExactDecimal(units: 0) } }
    public static var one: ExactDecimal { @inline(__always) get { ExactDecimal(units: 1_000_000_000) } }
    public static var hundred: ExactDecimal { @inline(__always) get { ExactDecimal(units: 100_000_000_000) } }

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
        // Int128 division is two library calls; rounding a score takes one machine division.
        if let n = Int64(exactly: numerator), n != .min, let d = Int64(exactly: denominator) {
            let (q, r) = n.quotientAndRemainder(dividingBy: d)
            guard r.magnitude * 2 >= d.magnitude else { return Int128(q) }
            return Int128((n < 0) != (d < 0) ? q - 1 : q + 1)
        }
        let (q, r) = numerator.quotientAndRemainder(dividingBy: denominator)
        let twiceR = r.magnitude * 2
        guard twiceR >= denominator.magnitude else { return q }
        return (numerator < 0) != (denominator < 0) ? q - 1 : q + 1
    }

    @inline(__always)
    public static func < (lhs: ExactDecimal, rhs: ExactDecimal) -> Bool { lhs.units < rhs.units }

    public var isZero: Bool { low == 0 && high == 0 }
    public var isNegative: Bool { high < 0 }
    /// The absolute value.
    public var magnitude: ExactDecimal { ExactDecimal(units: units < 0 ? -units : units) }
}
