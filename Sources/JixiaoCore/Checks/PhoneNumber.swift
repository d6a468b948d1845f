/// Validation of Chinese telephone numbers as written on report covers.
public enum PhoneNumber {
    /// What kind of number a text is.
    public enum Kind: String, Sendable {
        /// 11 digits starting with 1 and 3–9 (13719971687).
        case mobile
        /// Area code 0 + 2–3 digits, a hyphen or space, 7–8 digits (0751-6920122), or the
        /// 7–8 digit local number alone.
        case fixedLine
    }

    /// The kind of `text`, or nil when it is neither a mobile nor a fixed line.
    /// Full-width digits, spaces and a trailing extension (转123) are accepted.
    public static func kind(of text: String) -> Kind? {
        var digits: [UInt8] = []
        var separators = 0
        var groups: [Int] = []
        var current = 0
        for scalar in HalfWidth.fold(text).unicodeScalars {
            let v = scalar.value
            if v >= 48 && v <= 57 {
                digits.append(UInt8(v - 48))
                current += 1
            } else if scalar == "-" || scalar == " " || scalar == "—" || scalar == "－" {
                if current > 0 { groups.append(current); current = 0 }
                separators += 1
            } else if scalar == "转" {
                break
            } else {
                return nil
            }
        }
        if current > 0 { groups.append(current) }
        if groups.count == 1, digits.count == 11, digits[0] == 1, digits[1] >= 3 { return .mobile }
        if groups.count == 2, digits.first == 0, (3...4).contains(groups[0]), (7...8).contains(groups[1]) {
            return .fixedLine
        }
        if groups.count == 1, digits.first == 0, (10...12).contains(digits.count), digits[1] != 0 {
            // Area code and number written together: 07516920122.
            return .fixedLine
        }
        if groups.count == 1, (7...8).contains(digits.count), digits.first != 0, digits.first != 1 {
            return .fixedLine
        }
        return nil
    }

    /// True when `text` is a valid mobile or fixed-line number.
    public static func isValid(_ text: String) -> Bool { kind(of: text) != nil }
}
