/// Cheap number formatting for explanations (no Foundation formatters, no
/// intermediate arrays: scoring builds these on every evaluation).
enum DecimalText {
    /// A score or a plain number with at most two decimals, trailing zeros dropped: `10`, `3.75`, `0.5`.
    static func points(_ value: ExactDecimal) -> String { decimal(value, minPlaces: 0, maxPlaces: 2) }

    /// A fraction as a percentage with two decimals: 0.9264 → `92.64%`.
    static func percent(_ value: ExactDecimal) -> String {
        decimal(hundredfold(value), minPlaces: 2, maxPlaces: 2) + "%"
    }

    /// Percentage points of a fraction, trailing zeros dropped: 0.025 → `2.5`.
    static func percentagePoints(_ value: ExactDecimal) -> String {
        decimal(hundredfold(value), minPlaces: 0, maxPlaces: 2)
    }

    /// A figure as entered: up to four decimals, trailing zeros dropped.
    static func figure(_ value: ExactDecimal) -> String { decimal(value, minPlaces: 0, maxPlaces: 4) }

    /// A rate as a percentage, anything else as a figure.
    static func value(_ value: ExactDecimal, isRate: Bool) -> String {
        isRate ? percent(value) : figure(value)
    }

    /// value × 100, saturating instead of trapping on absurd inputs.
    private static func hundredfold(_ value: ExactDecimal) -> ExactDecimal {
        let (scaled, overflow) = value.units.multipliedReportingOverflow(by: 100)
        return ExactDecimal(units: overflow ? (value.isNegative ? .min : .max) : scaled)
    }

    private static let powers: [UInt64] = (0...18).map { exponent in
        (0..<exponent).reduce(UInt64(1)) { product, _ in product * 10 }
    }

    /// Half-up rounding to `maxPlaces` (≤ 9), then at least `minPlaces` decimals shown.
    static func decimal(_ value: ExactDecimal, minPlaces: Int, maxPlaces: Int) -> String {
        guard (0...ExactDecimal.scale).contains(maxPlaces), minPlaces <= maxPlaces,
              let units = Int64(exactly: value.units) else {
            return value.formatted(minimumPlaces: minPlaces, maximumPlaces: maxPlaces)
        }
        let step = powers[ExactDecimal.scale - maxPlaces]
        let magnitude = units.magnitude
        var scaled = magnitude / step
        if (magnitude % step) * 2 >= step { scaled += 1 }
        var places = maxPlaces
        while places > minPlaces && scaled % 10 == 0 {
            scaled /= 10
            places -= 1
        }
        var whole = scaled / powers[places]
        var fraction = scaled % powers[places]
        let negative = units < 0 && scaled != 0
        var wholeDigits = 1
        while wholeDigits < 19 && whole >= powers[wholeDigits] { wholeDigits += 1 }
        let length = (negative ? 1 : 0) + wholeDigits + (places > 0 ? places + 1 : 0)
        return String(unsafeUninitializedCapacity: length) { buffer in
            var index = length
            for _ in 0..<places {
                index -= 1
                buffer[index] = UInt8(ascii: "0") + UInt8(fraction % 10)
                fraction /= 10
            }
            if places > 0 {
                index -= 1
                buffer[index] = UInt8(ascii: ".")
            }
            for _ in 0..<wholeDigits {
                index -= 1
                buffer[index] = UInt8(ascii: "0") + UInt8(whole % 10)
                whole /= 10
            }
            if negative { buffer[0] = UInt8(ascii: "-") }
            return length
        }
    }
}
