import JixiaoCore

/// THE escaping of text from data for HTML: `& < > " '` become character references, so
/// the result is safe as element text and as a double- or single-quoted attribute value.
/// Attributes and text nodes (`Node+Attribute`: `.attr`, `.text`), the hand-written tables
/// (`TextBuffer.appendHTML`) and the charts (`SVGText`) all escape through here; Plot itself
/// escapes text (keeping `&amp;`-like text as references) but not attributes.
enum HTMLEscape {
    /// `text` escaped; returned as it is when it holds nothing to escape.
    static func escape(_ text: String) -> String {
        TextBuffer.escaping(text, needsEscape) { byte, out in out.append(reference(byte)) }
    }

    /// Appends `text` escaped to `buffer`; the runs between special characters are copied whole.
    static func append(_ text: String, to buffer: inout TextBuffer) {
        buffer.append(text, escaping: needsEscape) { byte, out in out.append(reference(byte)) }
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

extension TextBuffer {
    /// `text` escaped for HTML text or a quoted attribute (`HTMLEscape`: `& < > " '`).
    mutating func appendHTML(_ text: String) { HTMLEscape.append(text, to: &self) }
}
