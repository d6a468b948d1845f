import JixiaoCore

/// A numbering mark at the start of a heading or list item: 一、 （一） 1. （1） ①.
public struct HeadingMarker: Sendable, Hashable {
    /// The numbering style; each style is one level of a report's outline.
    public enum Style: String, Sendable, Hashable, CaseIterable {
        case chinese  // 一、
        case parenChinese  // （一）
        case arabic  // 1. or 1、
        case parenArabic  // （1）
        case circled  // ①
    }

    public var style: Style
    /// The ordinal (1 for 一、 （1） ①).
    public var value: Int
    /// Number of scalars the mark takes.
    public var length: Int

    /// The mark as a reader would write it for `value` in this style.
    public static func text(_ style: Style, _ value: Int) -> String {
        switch style {
        case .chinese: return ChineseNumeral.text(value) + "、"
        case .parenChinese: return "（" + ChineseNumeral.text(value) + "）"
        case .arabic: return "\(value)."
        case .parenArabic: return "（\(value)）"
        case .circled: return value >= 1 && value <= 20 ? String(Character(Unicode.Scalar(0x245F + UInt32(value))!)) : "(\(value))"
        }
    }

    /// The mark at `index` of `s`, if there is one.
    public static func parse(_ s: [Unicode.Scalar], at index: Int) -> HeadingMarker? {
        guard index < s.count else { return nil }
        let first = s[index]
        if first.value >= 0x2460 && first.value <= 0x2473 {
            return HeadingMarker(style: .circled, value: Int(first.value - 0x245F), length: 1)
        }
        if first == "(" || first == "（" {
            var j = index + 1
            while j < s.count, j - index <= 4, s[j] != ")" && s[j] != "）" { j += 1 }
            guard j < s.count, j > index + 1, s[j] == ")" || s[j] == "）" else { return nil }
            let inner = s[(index + 1)..<j]
            if let value = ChineseNumeral.value(inner) {
                return HeadingMarker(style: .parenChinese, value: value, length: j - index + 1)
            }
            if inner.count <= 2, inner.allSatisfy(Scalars.isDigit) {
                let value = inner.reduce(0) { $0 * 10 + Int($1.value - 48) }
                if value > 0 { return HeadingMarker(style: .parenArabic, value: value, length: j - index + 1) }
            }
            return nil
        }
        if Scalars.isDigit(first) {
            var j = index
            while j < s.count, Scalars.isDigit(s[j]), j - index < 3 { j += 1 }
            guard j - index <= 2, j < s.count, s[j] == "." || s[j] == "、" else { return nil }
            if j + 1 < s.count, Scalars.isDigit(s[j + 1]) { return nil }
            if j + 1 >= s.count { return nil }
            let value = s[index..<j].reduce(0) { $0 * 10 + Int($1.value - 48) }
            guard value > 0 else { return nil }
            return HeadingMarker(style: .arabic, value: value, length: j - index + 1)
        }
        if ChineseNumeral.isNumeralScalar(first) {
            var j = index
            while j < s.count, ChineseNumeral.isNumeralScalar(s[j]), j - index < 3 { j += 1 }
            guard j < s.count, s[j] == "、", let value = ChineseNumeral.value(s[index..<j]) else { return nil }
            return HeadingMarker(style: .chinese, value: value, length: j - index + 1)
        }
        return nil
    }
}
