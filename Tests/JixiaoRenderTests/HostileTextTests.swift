import Foundation
import JixiaoCore
import Testing

@testable import JixiaoRender

/// `<script>`, `&`, `]]>`, U+0000–U+001F and 100,000-character paragraphs in every field.
@Suite struct HostileTextTests {
    /// Built once: the 100,000-character variant is slow to build in debug builds.
    static let short = hostileReport(longText: false)
    static let long = hostileReport(longText: true)

    static func hostileReport(longText: Bool) -> ReportDocument {
        let (evaluation, score) = Fixtures.hostileDepartment(longText: longText)
        return ReportDocument(evaluation: evaluation, score: score)
    }

    @Test func cleaningRemovesControlCharactersOnly() {
        #expect(UserText.clean("a\u{0}b\u{1F}c\td\r\ne\rf\u{7F}g\u{FFFE}") == "abc d\ne\nfg")
        #expect(UserText.clean("<&>]]>") == "<&>]]>")
        #expect(UserText.paragraphs(" 甲 \n\n\u{3000}乙\u{0} ") == ["甲", "乙"])
    }

    @Test(arguments: [false, true])
    func docxStaysValidAndKeepsTheText(longText: Bool) throws {
        // when
        let data = try DocxRenderer.render(longText ? Self.long : Self.short)
        // then
        #expect(try Package.allXMLWellFormed(data))
        let texts = XML.texts(of: "w:t", in: try Package.part("word/document.xml", of: data))
        let visible = texts.contains { $0.hasPrefix(Fixtures.hostileVisible) }
        let tail = texts.contains { $0.hasSuffix("尾") }
        let long = texts.contains { $0.count == 100_000 }
        #expect(visible)
        #expect(tail)
        #expect(long == longText)
    }

    @Test(arguments: [false, true])
    func xlsxStaysValid(longText: Bool) throws {
        let data = try XlsxRenderer.render(longText ? Self.long : Self.short)
        #expect(try Package.allXMLWellFormed(data))
        let sheet = try Package.part("xl/worksheets/sheet1.xml", of: data)
        let fits = XML.texts(of: "t", in: sheet).allSatisfy { $0.utf16.count <= XlsxSheet.maxCellLength }
        let escaped = sheet.contains("&lt;script&gt;")
        #expect(fits)
        #expect(escaped)
    }

    @Test func projectFormatsStayValid() throws {
        let (evaluation, score) = Fixtures.hostileProject()
        let report = ReportDocument(evaluation: evaluation, score: score)
        #expect(try Package.allXMLWellFormed(DocxRenderer.render(report)))
        #expect(try Package.allXMLWellFormed(XlsxRenderer.render(report)))
    }

    @Test func htmlEscapesEverything() throws {
        // when
        let html = HtmlRenderer.render(Self.long)
        // then the only <script is the escaped one, and the page parses as XML
        let hasScript = html.contains("<script")
        let escaped = html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; ]]&gt; &quot;q&quot;")
        let controls = html.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" }
        let body = try #require(html.range(of: "<body>").map { String(html[$0.lowerBound...]) })
        let wellFormed = XML.wellFormed(body.replacingOccurrences(of: "</html>", with: ""))
        #expect(!hasScript)
        #expect(escaped)
        #expect(!controls)
        #expect(wellFormed)
    }

    @Test func markdownEscapesEverything() {
        let markdown = MarkdownRenderer.render(Self.long)
        // every < is escaped, apart from the <br> of table cells
        let unescaped = markdown.replacingOccurrences(of: "\\<", with: "").replacingOccurrences(of: "<br>", with: "")
        let bare = unescaped.contains("<")
        let escaped = markdown.contains("\\<script\\>alert('x')\\</script\\> \\& \\]\\]\\> \"q\" \\| \\*b\\* #")
        let controls = markdown.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" }
        #expect(!bare)
        #expect(escaped)
        #expect(!controls)
    }
}
