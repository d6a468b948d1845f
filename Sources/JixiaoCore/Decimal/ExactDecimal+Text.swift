import Foundation

extension ExactDecimal: CustomStringConvertible, LosslessStringConvertible {
    /// Parses a plain decimal literal: optional sign, digits, optional fraction
    /// (`-12`, `1174.46`, `.5`). Anything else, including separators and units,
    /// gives nil; use `MoneyParser` for text as people write it.
    public init?(_ text: String) {
        var sign: Int128 = 1
        var significand: Int128 = 0
        var places = 0
        var sawDigit = false
        var sawPoint = false
        var chars = Substring(text)
        if let first = chars.first, first == "-" || first == "+" {
            sign = first == "-" ? -1 : 1
            chars = chars.dropFirst()
        }
        for ch in chars.utf8 {
            switch ch {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                sawDigit = true
                if significand > Int128(10).power18 { return nil }
                significand = significand * 10 + Int128(ch - UInt8(ascii: "0"))
                if sawPoint { places += 1 }
            case UInt8(ascii: "."):
                if sawPoint { return nil }
                sawPoint = true
            default:
                return nil
            }
        }
        guard sawDigit else { return nil }
        self.init(significand: sign * significand, decimalPlaces: places)
    }

    /// The shortest exact text: `1174.46`, `98`, `-0.5`.
    public var description: String { formatted(minimumPlaces: 0, maximumPlaces: Self.scale) }

    /// The value with exactly `places` decimals (rounded half-up), optionally with
    /// thousands separators: `formatted(places: 2, grouping: true)` → `1,174.46`.
    public func formatted(places: Int, grouping: Bool = false) -> String {
        formatted(minimumPlaces: places, maximumPlaces: places, grouping: grouping)
    }

    /// The value with between `minimumPlaces` and `maximumPlaces` decimals.
    public func formatted(minimumPlaces: Int, maximumPlaces: Int, grouping: Bool = false) -> String {
        // The common case (no grouping, fits 64 bits) without intermediate Strings: the same digits.
        if !grouping, minimumPlaces >= 0, minimumPlaces <= maximumPlaces, maximumPlaces <= Self.scale,
            Int64(exactly: units) != nil
        {
            return NumberFormat.decimal(self, minPlaces: minimumPlaces, maxPlaces: maximumPlaces)
        }
        let value = rounded(places: maximumPlaces)
        let magnitude = value.units.magnitude
        let unitMagnitude = UInt128(Self.unit)
        // Through UInt64 where the value fits: printing a UInt128 divides in 128 bits per digit.
        let whole = magnitude / unitMagnitude
        var integerDigits = whole <= UInt128(UInt64.max) ? String(UInt64(whole)) : String(whole)
        var fraction = String(UInt64(magnitude % unitMagnitude))
        fraction = String(repeating: "0", count: Self.scale - fraction.count) + fraction
        fraction = String(fraction.prefix(max(0, maximumPlaces)))
        while fraction.count > minimumPlaces, fraction.last == "0" { fraction.removeLast() }
        if grouping { integerDigits = Self.grouped(integerDigits) }
        let sign = value.units < 0 ? "-" : ""
        return fraction.isEmpty ? sign + integerDigits : sign + integerDigits + "." + fraction
    }

    /// The value as a percentage with two decimals: 0.9264 → `92.64%`.
    public var percentText: String { NumberFormat.text(self, .rate) }

    private static func grouped(_ digits: String) -> String {
        var out = ""
        for (index, ch) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(ch)
        }
        return out
    }
}

extension Int128 {
    fileprivate var power18: Int128 { 1_000_000_000_000_000_000 * 10_000_000_000 }
}

extension ExactDecimal: Codable {
    /// Decodes from a decimal string (preferred) or a JSON/YAML number, exactly.
    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let text = try? container.decode(String.self) {
            guard let value = ExactDecimal(text.trimmingCharacters(in: .whitespaces)) else {
                throw DecodingError.dataCorruptedError(
                    in: container, debugDescription: "不是有效的数值：\(text)")
            }
            self = value
        } else if let integer = try? container.decode(Int.self) {
            self.init(integer)
        } else {
            let decimal = try container.decode(Decimal.self)
            guard let value = ExactDecimal("\(decimal)") else {
                throw DecodingError.dataCorruptedError(
                    in: container, debugDescription: "不是有效的数值：\(decimal)")
            }
            self = value
        }
    }

    /// Encodes as a decimal string so no reader turns it into binary floating point.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

extension ExactDecimal: ExpressibleByIntegerLiteral {
    public init(integerLiteral value: Int) { self.init(value) }
}
