import JixiaoCore
import Testing

@testable import JixiaoWeb

@Suite("Text written as bytes")
struct TextBufferTests {
    @Test("HTML escaping of & < > \" ' in runs, other text (Chinese included) copied as is")
    func escapesHTML() {
        var out = TextBuffer(capacity: 16)
        out.appendHTML("<a href=\"x\" title='y'>五华 & 新丰</a>")
        out.appendHTML("")
        out.appendHTML("&")
        #expect(out.string == "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;五华 &amp; 新丰&lt;/a&gt;&amp;")
    }

    @Test("integers with leading zeros to a width, negatives and zero")
    func writesIntegers() {
        var out = TextBuffer(capacity: 16)
        out.append(7, width: 2)
        out.append(" ")
        out.append(2024, width: 2)
        out.append(" ")
        out.append(0)
        out.append(" ")
        out.append(-305)
        out.append(" ")
        out.append(Int.max)
        #expect(out.string == "07 2024 0 -305 9223372036854775807")
    }

    @Test("JSON strings: Foundation's escaping (slash, \\b, \\f) for the API list, the minimal one for check JSON")
    func writesJSONStrings() {
        let text = "a/b \"q\" \\ \n\r\t\u{08}\u{0C}\u{1F} 五华"
        var foundation = TextBuffer(capacity: 16), minimal = TextBuffer(capacity: 16)
        foundation.appendJSON(text, .foundation)
        minimal.appendJSON(text, .minimal)
        minimal.appendJSON(nil, .minimal)
        #expect(foundation.string == #""a\/b \"q\" \\ \n\r\t\b\f\u001f 五华""#)
        #expect(minimal.string == #""a/b \"q\" \\ \n\r\t\u0008\u000c\u001f 五华"null"#)
    }

    @Test("escaping returns the text itself when nothing needs it and copies runs around what does")
    func escapesByBytes() {
        let plain = "五华县 2024"
        func isAmpersand(_ byte: UInt8) -> Bool { byte == 0x26 }
        #expect(TextBuffer.escaping(plain, isAmpersand) { _, out in out.append("&amp;") } == plain)
        #expect(TextBuffer.escaping("a&b&", isAmpersand) { _, out in out.append("&amp;") } == "a&amp;b&amp;")
    }
}
