extension TextBuffer {
    /// Appends `text` escaped for HTML element text or a quoted attribute value: `& < > " '`
    /// become character references (`&amp; &lt; &gt; &quot; &#39;`), every other byte is copied.
    /// The one HTML escaping of the web pages (`HTMLEscape`) and the HTML report (`HtmlText`).
    @inlinable public mutating func appendHTML(_ text: String) {
        append(text, escaping: Self.needsHTMLEscape, with: Self.appendHTMLReference)
    }

    /// `text` escaped as `appendHTML` writes it; `text` itself when it holds nothing to escape.
    @inlinable public static func html(_ text: String) -> String {
        escaping(text, needsHTMLEscape, with: appendHTMLReference)
    }

    @inlinable static func needsHTMLEscape(_ byte: UInt8) -> Bool {
        byte == 0x26 || byte == 0x3C || byte == 0x3E || byte == 0x22 || byte == 0x27
    }

    @inlinable static func appendHTMLReference(_ byte: UInt8, _ out: inout TextBuffer) {
        switch byte {
        case 0x26: out.append("&amp;" as StaticString)
        case 0x3C: out.append("&lt;" as StaticString)
        case 0x3E: out.append("&gt;" as StaticString)
        case 0x22: out.append("&quot;" as StaticString)
        default: out.append("&#39;" as StaticString)
        }
    }
}
