/// Reads amounts as people write them and converts them exactly to 万元.
///
/// Accepts full-width digits (１２３), thousands separators (1,174.46 or 1，174.46),
/// spaces, a leading 约/约为/共, and the units 元, 千元, 万元, 亿元 (default 万元).
public enum MoneyParser {
    /// The unit an amount was written in.
    public enum WrittenUnit: String, Sendable, Codable, CaseIterable {
        case yuan = "元"
        case thousandYuan = "千元"
        case tenThousandYuan = "万元"
        case hundredMillionYuan = "亿元"

        /// How many 万元 one of this unit is.
        public var inWanYuan: ExactDecimal {
            switch self {
            case .yuan: return ExactDecimal(units: ExactDecimal.unit / 10_000)
            case .thousandYuan: return ExactDecimal(units: ExactDecimal.unit / 10)
            case .tenThousandYuan: return .one
            case .hundredMillionYuan: return 10_000
            }
        }
    }

    /// A parsed amount.
    public struct Amount: Sendable, Equatable {
        /// The amount in 万元, exact.
        public var wanYuan: ExactDecimal
        /// The unit it was written in.
        public var unit: WrittenUnit
        /// Decimals as written (`1,174.46` → 2); the tolerance of comparisons.
        public var writtenPlaces: Int
    }

    /// Parses `text`, or returns nil with no guess when it is not an amount.
    public static func parse(_ text: String, defaultUnit: WrittenUnit = .tenThousandYuan) -> Amount? {
        var body = HalfWidth.fold(text).filter { !$0.isWhitespace }
        for prefix in ["约为", "约", "共计", "共", "合计"] where body.hasPrefix(prefix) {
            body.removeFirst(prefix.count)
            break
        }
        var unit = defaultUnit
        for candidate in [WrittenUnit.tenThousandYuan, .hundredMillionYuan, .thousandYuan, .yuan]
        where body.hasSuffix(candidate.rawValue) {
            unit = candidate
            body.removeLast(candidate.rawValue.count)
            break
        }
        guard let number = parseNumber(body) else { return nil }
        return Amount(wanYuan: number.value * unit.inWanYuan, unit: unit, writtenPlaces: number.places)
    }

    /// Parses a number with optional thousands separators (ASCII or full-width).
    /// Returns the value and the number of decimals written.
    public static func parseNumber(_ text: String) -> (value: ExactDecimal, places: Int)? {
        let folded = HalfWidth.fold(text).filter { !$0.isWhitespace }
        var cleaned = ""
        var lastGroupLength = -1
        var sawPoint = false
        var digitsSinceComma = 0
        for ch in folded {
            if ch == "," || ch == "，" {
                // A separator must sit between digit groups of three.
                if sawPoint || cleaned.isEmpty || (lastGroupLength >= 0 && digitsSinceComma != 3) { return nil }
                lastGroupLength = digitsSinceComma
                digitsSinceComma = 0
                continue
            }
            if ch == "." { sawPoint = true } else if ch.isASCII, ch.isNumber, !sawPoint { digitsSinceComma += 1 }
            cleaned.append(ch)
        }
        if lastGroupLength >= 0 && digitsSinceComma != 3 { return nil }
        guard let value = ExactDecimal(cleaned) else { return nil }
        let places = cleaned.firstIndex(of: ".").map { cleaned.distance(from: $0, to: cleaned.endIndex) - 1 } ?? 0
        return (value, places)
    }
}
