/// Chinese numerals as used in headings and enumerations (一 … 九十九, 〇/零, 两).
public enum ChineseNumeral {
    /// The value of a single digit character, or nil.
    @inline(__always)
    public static func digit(_ scalar: Unicode.Scalar) -> Int? {
        switch scalar {
        case "〇", "零": return 0
        case "一": return 1
        case "二", "两": return 2
        case "三": return 3
        case "四": return 4
        case "五": return 5
        case "六": return 6
        case "七": return 7
        case "八": return 8
        case "九": return 9
        default: return nil
        }
    }

    /// True for the characters a numeral below 100 is written with.
    @inline(__always)
    public static func isNumeralScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "十" || (digit(scalar) != nil && scalar != "两")
    }

    /// The value of 一 … 九十九 (十, 十二, 二十, 二十三), or nil.
    public static func value<S: Collection>(_ scalars: S) -> Int? where S.Element == Unicode.Scalar {
        guard !scalars.isEmpty, scalars.count <= 3 else { return nil }
        let chars = Array(scalars)
        if chars.count == 1 {
            if chars[0] == "十" { return 10 }
            return digit(chars[0]).flatMap { $0 == 0 ? nil : $0 }
        }
        if chars.count == 2 {
            if chars[0] == "十", let d = digit(chars[1]), d > 0 { return 10 + d }
            if chars[1] == "十", let d = digit(chars[0]), d > 1 { return d * 10 }
            return nil
        }
        if chars[1] == "十", let t = digit(chars[0]), t > 1, let d = digit(chars[2]), d > 0 { return t * 10 + d }
        return nil
    }

    /// The Chinese numeral for 1…99.
    public static func text(_ value: Int) -> String {
        let digits = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
        guard value > 0, value < 100 else { return String(value) }
        if value < 10 { return digits[value] }
        let tens = value / 10, ones = value % 10
        return (tens == 1 ? "" : digits[tens]) + "十" + digits[ones]
    }
}
