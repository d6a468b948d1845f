/// Escaping for XML text and attribute values (.docx, .xlsx).
enum XMLText {
    /// `text` with `& < > " '` escaped. Control characters must already be removed
    /// (`UserText.clean`); any left are dropped here so the XML stays well-formed.
    static func escape(_ text: String) -> String {
        ByteText.replacing(text, where: { $0 < 0x20 || $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) { byte, out in
            switch byte {
            case 0x26: out.append(ascii: "&amp;")
            case 0x3C: out.append(ascii: "&lt;")
            case 0x3E: out.append(ascii: "&gt;")
            case 0x22: out.append(ascii: "&quot;")
            case 0x27: out.append(ascii: "&apos;")
            case 0x09, 0x0A: out.append(byte)
            default: break
            }
        }
    }
}
