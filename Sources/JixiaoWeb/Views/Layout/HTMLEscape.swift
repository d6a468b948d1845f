/// THE escaping of text from data for HTML: `& < > " '` become character references, so
/// the result is safe as element text and as a double- or single-quoted attribute value.
/// Attributes and text nodes (`Node+Attribute`: `.attr`, `.text`), the hand-written tables
/// (`TextBytes.appendHTML`) and the charts (`SVGText`) all escape through here; Plot itself
/// escapes text (keeping `&amp;`-like text as references) but not attributes.
enum HTMLEscape {
    /// `text` escaped; returned as it is when it holds nothing to escape.
    static func escape(_ text: String) -> String {
        guard text.utf8.contains(where: needsEscape) else { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 16)
        append(text, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends `text` escaped to `bytes`; the runs between special characters are copied whole.
    static func append(_ text: String, to bytes: inout [UInt8]) {
        var text = text
        text.withUTF8 { source in
            var start = 0
            for index in source.indices where needsEscape(source[index]) {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[start..<index]))
                reference(source[index]).withUTF8Buffer { bytes.append(contentsOf: $0) }
                start = index + 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[start...]))
        }
    }

    private static func needsEscape(_ byte: UInt8) -> Bool {
        byte == 0x26 || byte == 0x3C || byte == 0x3E || byte == 0x22 || byte == 0x27
    }

    private static func reference(_ byte: UInt8) -> StaticString {
        switch byte {
        case 0x26: return "&amp;"
        case 0x3C: return "&lt;"
        case 0x3E: return "&gt;"
        case 0x22: return "&quot;"
        default: return "&#39;"
        }
    }
}
