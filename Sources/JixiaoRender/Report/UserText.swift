import JixiaoCore

/// Cleans text that comes from users before any format sees it.
///
/// XML 1.0 (and so .docx and .xlsx) cannot hold most control characters even
/// escaped, and a stray U+0000 truncates C strings in readers, so they are
/// removed here once for every format. Tabs become spaces; line breaks are kept
/// as `\n` and split into paragraphs by `paragraphs`.
public enum UserText {
    /// The text without control characters (except `\n`), C1 controls and the
    /// non-characters U+FFFE/U+FFFF, with CR LF and CR turned into LF and tabs into spaces.
    public static func clean(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes -> String? in
            guard bytes.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 || $0 == 0xEF }) else { return nil }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            var i = 0
            while i < bytes.count {
                let byte = bytes[i]
                switch byte {
                case 0x0A: if i == 0 || bytes[i - 1] != 0x0D { out.append(byte) }
                case 0x0D: out.append(0x0A)
                case 0x09: out.append(0x20)
                case 0x00..<0x20, 0x7F: break
                // U+0080–U+009F are C2 80 … C2 9F.
                case 0xC2 where i + 1 < bytes.count && (0x80...0x9F).contains(bytes[i + 1]): i += 1
                // U+FFFE and U+FFFF are EF BF BE and EF BF BF.
                case 0xEF where i + 2 < bytes.count && bytes[i + 1] == 0xBF && (bytes[i + 2] == 0xBE || bytes[i + 2] == 0xBF):
                    i += 2
                default: out.append(byte)
                }
                i += 1
            }
            return String(decoding: out, as: UTF8.self)
        } ?? text
    }

    /// The cleaned text split into non-empty paragraphs (lines), trimmed.
    public static func paragraphs(_ text: String) -> [String] {
        clean(text).utf8.split(separator: 0x0A).compactMap { line -> String? in
            let trimmed = String(Substring(line)).trimmedSpaces
            return trimmed.isEmpty ? nil : trimmed
        }
    }

    /// The cleaned text on one line (line breaks become spaces), trimmed; nil when empty.
    public static func line(_ text: String?) -> String? {
        guard let text else { return nil }
        let cleaned = clean(text)
        let joined = cleaned.utf8.contains(0x0A) ? cleaned.replacingOccurrences(of: "\n", with: " ") : cleaned
        let s = joined.trimmedSpaces
        return s.isEmpty ? nil : s
    }
}
