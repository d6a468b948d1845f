import JixiaoCore

/// THE escaping of text from data for HTML: `& < > " '` become character references, so
/// the result is safe as element text and as a double- or single-quoted attribute value.
/// Attributes and text nodes (`Node+Attribute`: `.attr`, `.text`), the hand-written tables
/// (`TextBuffer.appendHTML`) and the charts (`SVGText`) all escape through here; Plot itself
/// escapes text (keeping `&amp;`-like text as references) but not attributes. The escaping is
/// Core's (`TextBuffer+HTML`), shared with the HTML report.
enum HTMLEscape {
    /// `text` escaped; returned as it is when it holds nothing to escape.
    static func escape(_ text: String) -> String { TextBuffer.html(text) }

    /// Appends `text` escaped to `buffer`; the runs between special characters are copied whole.
    static func append(_ text: String, to buffer: inout TextBuffer) { buffer.appendHTML(text) }
}
