import JixiaoCore

/// Escaping for HTML text and attribute values (`TextBuffer.html`, the same escaping as the
/// web pages'). Plot's own `.text` keeps entity-like input (`&amp;`) as an entity, which
/// would change what the user wrote; this escapes every `&`.
enum HtmlText {
    static func escape(_ text: String) -> String { TextBuffer.html(text) }
}
