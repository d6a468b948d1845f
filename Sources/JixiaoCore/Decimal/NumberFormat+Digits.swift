/// The digits under every `NumberFormat` text, written without Foundation formatters or
/// intermediate arrays (scoring writes explanations for every evaluation).
extension NumberFormat {
    /// A rate in a sentence (explanations): the percentage with two decimals and no
    /// separators, 0.9264 → `92.64%`.
    static func percent(_ value: ExactDecimal) -> String {
        decimal(hundredfold(value), minPlaces: 2, maxPlaces: 2) + "%"
    }

    /// value × 100, saturating instead of trapping on absurd inputs.
    static func hundredfold(_ value: ExactDecimal) -> ExactDecimal {
        let (scaled, overflow) = value.units.multipliedReportingOverflow(by: 100)
        return ExactDecimal(units: overflow ? (value.isNegative ? .min : .max) : scaled)
    }

    private static let powers: [UInt64] = (0...18).map { exponent in
        (0..<exponent).reduce(UInt64(1)) { product, _ in product * 10 }
    }

    /// Half-up rounding to `maxPlaces` (≤ 9), then at least `minPlaces` decimals shown.
    static func decimal(_ value: ExactDecimal, minPlaces: Int, maxPlaces: Int) -> String {
        var buffer = TextBuffer(capacity: 24)
        append(value, minPlaces: minPlaces, maxPlaces: maxPlaces, to: &buffer)
        return buffer.string
    }

    /// Appends the digits of `value` (as `decimal(_:minPlaces:maxPlaces:)` writes them) to `buffer`.
    static func append(_ value: ExactDecimal, minPlaces: Int, maxPlaces: Int, to buffer: inout TextBuffer) {
        guard (0...ExactDecimal.scale).contains(maxPlaces), minPlaces <= maxPlaces,
            let units = Int64(exactly: value.units)
        else {
            buffer.append(value.formatted(minimumPlaces: minPlaces, maximumPlaces: maxPlaces))
            return
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
        let whole = scaled / powers[places]
        let fraction = scaled % powers[places]
        if units < 0 && scaled != 0 { buffer.append(byte: UInt8(ascii: "-")) }
        var wholeDigits = 1
        while wholeDigits < 19 && whole >= powers[wholeDigits] { wholeDigits += 1 }
        for position in stride(from: wholeDigits - 1, through: 0, by: -1) {
            buffer.append(byte: UInt8(ascii: "0") + UInt8(whole / powers[position] % 10))
        }
        guard places > 0 else { return }
        buffer.append(byte: UInt8(ascii: "."))
        for position in stride(from: places - 1, through: 0, by: -1) {
            buffer.append(byte: UInt8(ascii: "0") + UInt8(fraction / powers[position] % 10))
        }
    }
}
