extension ExactDecimal {
    // Sums saturate like products: real budgets never come near the bounds, but a number in
    // a hostile file (an uploaded framework's max, a formula's literal) must not trap a server.
    @inline(__always)
    public static func + (lhs: ExactDecimal, rhs: ExactDecimal) -> ExactDecimal {
        let (sum, overflow) = lhs.units.addingReportingOverflow(rhs.units)
        return ExactDecimal(units: overflow ? (rhs.units < 0 ? Int128.min : Int128.max) : sum)
    }

    @inline(__always)
    public static func - (lhs: ExactDecimal, rhs: ExactDecimal) -> ExactDecimal {
        let (difference, overflow) = lhs.units.subtractingReportingOverflow(rhs.units)
        return ExactDecimal(units: overflow ? (rhs.units > 0 ? Int128.min : Int128.max) : difference)
    }

    public static prefix func - (value: ExactDecimal) -> ExactDecimal {
        ExactDecimal(units: value.units == Int128.min ? Int128.max : -value.units)
    }

    @inline(__always)
    public static func += (lhs: inout ExactDecimal, rhs: ExactDecimal) { lhs = lhs + rhs }
    @inline(__always)
    public static func -= (lhs: inout ExactDecimal, rhs: ExactDecimal) { lhs = lhs - rhs }

    /// The product, rounded half-up to nine places.
    public static func * (lhs: ExactDecimal, rhs: ExactDecimal) -> ExactDecimal {
        if let product = lhs.multiplied(by: rhs) { return product }
        // Values of real budgets never get here; keep a defined result rather than trapping.
        return ExactDecimal(units: (lhs.units < 0) != (rhs.units < 0) ? Int128.min : Int128.max)
    }

    /// The product, or nil when it does not fit.
    public func multiplied(by other: ExactDecimal) -> ExactDecimal? {
        if let a = Int64(exactly: units), let b = Int64(exactly: other.units),
            let product = Self.fullWidthRounded(
                a.magnitude.multipliedFullWidth(by: b.magnitude),
                dividedBy: UInt64(Self.unit), negative: (a < 0) != (b < 0))
        {
            return product
        }
        let (product, overflow) = units.multipliedReportingOverflow(by: other.units)
        if !overflow { return ExactDecimal(units: Self.divideRounded(product, Self.unit)) }
        // Split to avoid the intermediate overflow: (a·b)/u = a·(b/u) + a·(b%u)/u
        let (q, r) = other.units.quotientAndRemainder(dividingBy: Self.unit)
        let (high, o1) = units.multipliedReportingOverflow(by: q)
        let (lowRaw, o2) = units.multipliedReportingOverflow(by: r)
        guard !o1, !o2 else { return nil }
        let (sum, o3) = high.addingReportingOverflow(Self.divideRounded(lowRaw, Self.unit))
        return o3 ? nil : ExactDecimal(units: sum)
    }

    /// The quotient rounded half-up to nine places, or nil when `divisor` is zero
    /// or the result does not fit.
    public func divided(by divisor: ExactDecimal) -> ExactDecimal? {
        guard divisor.units != 0 else { return nil }
        if let a = Int64(exactly: units), let d = Int64(exactly: divisor.units),
            let quotient = Self.fullWidthRounded(
                a.magnitude.multipliedFullWidth(by: UInt64(Self.unit)),
                dividedBy: d.magnitude, negative: (a < 0) != (d < 0))
        {
            return quotient
        }
        let (scaled, overflow) = units.multipliedReportingOverflow(by: Self.unit)
        if !overflow { return ExactDecimal(units: Self.divideRounded(scaled, divisor.units)) }
        let (q, r) = units.quotientAndRemainder(dividingBy: divisor.units)
        let (whole, o1) = q.multipliedReportingOverflow(by: Self.unit)
        guard !o1 else { return nil }
        return ExactDecimal(units: whole + Self.divideRounded(r * Self.unit, divisor.units))
    }

    /// The value rounded half-up (away from zero) to `places` decimals.
    public func rounded(places: Int) -> ExactDecimal {
        guard places < Self.scale else { return self }
        // Scores are rounded to two places on every leaf: one machine division.
        if places == 2, let value = Int64(exactly: units), value != .min {
            let (q, r) = value.quotientAndRemainder(dividingBy: 10_000_000)
            let away = r.magnitude * 2 >= 10_000_000 ? (value < 0 ? q - 1 : q + 1) : q
            return ExactDecimal(units: Int128(away) * 10_000_000)
        }
        let step = Self.pow10(Self.scale - max(0, places))
        return Self.saturated(Self.divideRounded(units, step), times: step)
    }

    /// `count × step` units (step > 0), or the bound the product passed.
    private static func saturated(_ count: Int128, times step: Int128) -> ExactDecimal {
        let (product, overflow) = count.multipliedReportingOverflow(by: step)
        return ExactDecimal(units: overflow ? (count < 0 ? Int128.min : Int128.max) : product)
    }

    /// The value truncated towards negative infinity to a whole number.
    public var floor: ExactDecimal {
        let (q, r) = units.quotientAndRemainder(dividingBy: Self.unit)
        return Self.saturated(r < 0 ? q - 1 : q, times: Self.unit)
    }

    /// The value raised towards positive infinity to a whole number.
    public var ceiling: ExactDecimal {
        let (q, r) = units.quotientAndRemainder(dividingBy: Self.unit)
        return ExactDecimal(units: (r > 0 ? q + 1 : q) * Self.unit)
    }

    /// The value clamped into `range`.
    public func clamped(to range: ClosedRange<ExactDecimal>) -> ExactDecimal {
        Swift.min(Swift.max(self, range.lowerBound), range.upperBound)
    }

    /// Number of decimals needed to show the value exactly (0...9).
    public var significantDecimalPlaces: Int {
        var value = units.magnitude
        var places = Self.scale
        while places > 0 && value % 10 == 0 { value /= 10; places -= 1 }
        return places
    }

    /// `value ÷ divisor` rounded half-up (away from zero), negated when `negative`;
    /// nil when the quotient does not fit. One machine division of 128 by 64 bits:
    /// the `Int128` operations go through library calls, the hot path of every
    /// rate and product of the scoring.
    @inline(__always)
    static func fullWidthRounded(
        _ value: (high: UInt64, low: UInt64), dividedBy divisor: UInt64,
        negative: Bool
    ) -> ExactDecimal? {
        guard value.high < divisor else { return nil }
        var (rounded, remainder) = divisor.dividingFullWidth(value)
        // 2r ≥ d, written so that nothing overflows.
        if remainder >= divisor - remainder {
            let (next, overflow) = rounded.addingReportingOverflow(1)
            guard !overflow else { return nil }
            rounded = next
        }
        guard rounded <= UInt64(Int64.max) else { return nil }
        return ExactDecimal(units: negative ? -Int128(rounded) : Int128(rounded))
    }
}
