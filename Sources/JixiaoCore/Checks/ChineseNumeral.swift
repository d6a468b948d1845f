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

    /// The value of 一 … 九十九 (十, 十二, 二十, 二十三), or nil. Inlinable so that
    /// callers in other modules get it specialised (unspecialised, it boxed each iterator).
    @inlinable
    public static func value<S: Collection>(_ scalars: S) -> Int? where S.Element == Unicode.Scalar {
        var iterator = scalars.makeIterator()
        guard let a = iterator.next() else { return nil }
        guard let b = iterator.next() else {
            if a == "十" { return 10 }
            return digit(a).flatMap { $0 == 0 ? nil : $0 }
        }
        guard let c = iterator.next() else {
            if a == "十", let d = digit(b), d > 0 { return 10 + d }
            if b == "十", let d = digit(a), d > 1 { return d * 10 }
            return nil
        }
        if iterator.next() != nil { return nil }
        if b == "十", let t = digit(a), t > 1, let d = digit(c), d > 0 { return t * 10 + d }
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
