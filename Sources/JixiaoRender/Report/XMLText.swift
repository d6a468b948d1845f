import JixiaoCore

/// Escaping for XML text and attribute values (.docx, .xlsx).
enum XMLText {
    /// `text` with `& < > " '` escaped. Control characters must already be removed
    /// (`UserText.clean`); any left are dropped here so the XML stays well-formed.
    static func escape(_ text: String) -> String {
        TextBuffer.escaping(text, needsEscape) { byte, out in
            switch byte {
            case 0x26: out.append("&amp;" as StaticString)
            case 0x3C: out.append("&lt;" as StaticString)
            case 0x3E: out.append("&gt;" as StaticString)
            case 0x22: out.append("&quot;" as StaticString)
            case 0x27: out.append("&apos;" as StaticString)
            case 0x09, 0x0A: out.append(byte: byte)
            default: break
            }
        }
    }

    private static func needsEscape(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == 0x26 || byte == 0x3C || byte == 0x3E || byte == 0x22 || byte == 0x27
    }
}
