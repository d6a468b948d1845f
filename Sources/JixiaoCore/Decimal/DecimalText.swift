/// Cheap number formatting for explanations (no Foundation formatters on the hot path).
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

    /// Half-up rounding to `maxPlaces`, then at least `minPlaces` decimals shown.
    static func decimal(_ value: ExactDecimal, minPlaces: Int, maxPlaces: Int) -> String {
        let rounded = value.rounded(places: maxPlaces)
        guard let units = Int64(exactly: rounded.units) else {
            return value.formatted(minimumPlaces: minPlaces, maximumPlaces: maxPlaces)
        }
        let magnitude = units.magnitude
        let scale = UInt64(ExactDecimal.unit)
        var whole = magnitude / scale
        var fraction = magnitude % scale
        // Keep `maxPlaces` digits of the fraction, then drop zeros down to `minPlaces`.
        var places = maxPlaces
        fraction /= UInt64(ExactDecimal.pow10(ExactDecimal.scale - maxPlaces))
        while places > minPlaces && fraction % 10 == 0 {
            fraction /= 10
            places -= 1
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(24)
        for _ in 0..<places {
            bytes.append(UInt8(ascii: "0") + UInt8(fraction % 10))
            fraction /= 10
        }
        if places > 0 { bytes.append(UInt8(ascii: ".")) }
        repeat {
            bytes.append(UInt8(ascii: "0") + UInt8(whole % 10))
            whole /= 10
        } while whole > 0
        if units < 0 { bytes.append(UInt8(ascii: "-")) }
        return String(decoding: bytes.reversed(), as: UTF8.self)
    }
}
