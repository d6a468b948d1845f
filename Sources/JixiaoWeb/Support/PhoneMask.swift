/// Mobile numbers as public pages show them: 137****1687 (the middle four digits hidden).
enum PhoneMask {
    /// `text` with every mainland mobile number in it masked: a run of 11 digits starting
    /// with 1 (or 13 starting with 861, a +86 number), digits inside it may be separated by
    /// one space or hyphen. Other text, landlines included, is left as it is.
    static func mask(_ text: String) -> String {
        var scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count {
            guard isDigit(scalars[index]) else { index += 1; continue }
            // One run: digits, with single separators between digits.
            var digits: [Int] = [index]
            var next = index + 1
            while next < scalars.count {
                if isDigit(scalars[next]) {
                    digits.append(next); next += 1
                } else if isSeparator(scalars[next]), next + 1 < scalars.count, isDigit(scalars[next + 1]) {
                    next += 1
                } else {
                    break
                }
            }
            let text = String(String.UnicodeScalarView(digits.map { scalars[$0] }))
            let hidden: Range<Int>? =
                text.count == 11 && text.hasPrefix("1")
                ? 3..<7
                : text.count == 13 && text.hasPrefix("861") ? 5..<9 : nil
            for position in hidden ?? 0..<0 { scalars[digits[position]] = "*" }
            index = next
        }
        return String(String.UnicodeScalarView(scalars))
    }

    private static func isDigit(_ c: Unicode.Scalar) -> Bool { c >= "0" && c <= "9" }
    private static func isSeparator(_ c: Unicode.Scalar) -> Bool { c == " " || c == "-" }
}
