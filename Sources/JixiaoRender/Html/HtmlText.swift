import JixiaoCore

/// Escaping for HTML text and attribute values.
///
/// Plot's own `.text` keeps entity-like input (`&amp;`) as an entity, which
/// would change what the user wrote; this escapes every `&`.
enum HtmlText {
    static func escape(_ text: String) -> String {
        TextBuffer.escaping(text, { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) { byte, out in
            switch byte {
            case 0x26: out.append("&amp;" as StaticString)
            case 0x3C: out.append("&lt;" as StaticString)
            case 0x3E: out.append("&gt;" as StaticString)
            case 0x22: out.append("&quot;" as StaticString)
            default: out.append("&#39;" as StaticString)
            }
        }
    }
}
