extension TextBuffer {
    /// How a JSON string literal is escaped.
    public enum JSONEscaping: Sendable {
        /// As Foundation's `JSONEncoder` writes it: `/` as `\/`, `\b` and `\f`, other
        /// control characters as `\u00XX` (the API list, which must equal the encoder's text).
        case foundation
        /// Only what JSON requires: `"` `\` `\n` `\r` `\t` and `\u00XX` for the other control
        /// characters (`jixiao check`'s JSON, check-json.md).
        case minimal
    }

    /// `text` as a JSON string literal, quotes included.
    @inlinable public mutating func appendJSON(_ text: String, _ escaping: JSONEscaping) {
        storage.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): append("\\\"" as StaticString)
            case UInt8(ascii: "\\"): append("\\\\" as StaticString)
            case UInt8(ascii: "\n"): append("\\n" as StaticString)
            case UInt8(ascii: "\r"): append("\\r" as StaticString)
            case UInt8(ascii: "\t"): append("\\t" as StaticString)
            case UInt8(ascii: "/") where escaping == .foundation: append("\\/" as StaticString)
            case 0x08 where escaping == .foundation: append("\\b" as StaticString)
            case 0x0C where escaping == .foundation: append("\\f" as StaticString)
            case ..<0x20:
                append("\\u00" as StaticString)
                storage.append(Self.hexDigit(byte >> 4))
                storage.append(Self.hexDigit(byte & 15))
            default: storage.append(byte)
            }
        }
        storage.append(UInt8(ascii: "\""))
    }

    /// `text` as a JSON string literal, or `null` when there is none.
    @inlinable public mutating func appendJSON(_ text: String?, _ escaping: JSONEscaping) {
        if let text { appendJSON(text, escaping) } else { append("null" as StaticString) }
    }

    @inlinable static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "a") + value - 10
    }
}
