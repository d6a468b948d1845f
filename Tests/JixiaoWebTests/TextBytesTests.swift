import Testing
@testable import JixiaoWeb

@Suite("Text written as bytes")
struct TextBytesTests {
    @Test("HTML escaping of & < > \" ' in runs, other text (Chinese included) copied as is")
    func escapesHTML() {
        var out = TextBytes(capacity: 16)
        out.appendHTML("<a href=\"x\" title='y'>五华 & 新丰</a>")
        out.appendHTML("")
        out.appendHTML("&")
        #expect(out.string == "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;五华 &amp; 新丰&lt;/a&gt;&amp;")
    }

    @Test("integers with leading zeros to a width, negatives and zero")
    func writesIntegers() {
        var out = TextBytes(capacity: 16)
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
}
