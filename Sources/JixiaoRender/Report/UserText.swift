import JixiaoCore

/// Cleans text that comes from users before any format sees it.
///
/// XML 1.0 (and so .docx and .xlsx) cannot hold most control characters even
/// escaped, and a stray U+0000 truncates C strings in readers, so they are
/// removed here once for every format. Tabs become spaces; line breaks are kept
/// as `\n` and split into paragraphs by `paragraphs`.
public enum UserText {
    /// The text without control characters (except `\n`), non-characters
    /// U+FFFE/U+FFFF, with CR LF and CR turned into LF and tabs into spaces.
    public static func clean(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsWork) else { return text }
        var out = String.UnicodeScalarView()
        var previousCR = false
        for scalar in text.unicodeScalars {
            defer { previousCR = scalar == "\r" }
            switch scalar.value {
            case 0x0A: if !previousCR { out.append(scalar) }
            case 0x0D: out.append("\n")
            case 0x09: out.append(" ")
            case 0x00...0x1F, 0x7F...0x9F, 0xFFFE, 0xFFFF: continue
            default: out.append(scalar)
            }
        }
        return String(out)
    }

    /// The cleaned text split into non-empty paragraphs (lines), trimmed.
    public static func paragraphs(_ text: String) -> [String] {
        clean(text).split(separator: "\n").map { String($0).trimmedSpaces }.filter { !$0.isEmpty }
    }

    /// The cleaned text on one line (line breaks become spaces), trimmed; nil when empty.
    public static func line(_ text: String?) -> String? {
        guard let text else { return nil }
        let s = clean(text).replacingOccurrences(of: "\n", with: " ").trimmedSpaces
        return s.isEmpty ? nil : s
    }

    private static func needsWork(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value >= 0xFFFE && scalar.value <= 0xFFFF
    }
}
