import Plot
import Testing
import Vapor

@testable import JixiaoWeb

@Suite("Pages with parts spliced in as bytes")
struct SplicedPageTests {
    @Test("each part replaces its marker once; the rest of the page is Plot's text unchanged")
    func splicesParts() throws {
        // given
        let html = HTML(.body(.p(.text("前 <x>")), SplicedPage.marker(0), .p(.text("中")), SplicedPage.marker(1), .p("后")))
        let page = SplicedPage(html: html, parts: [Array("<table>表一</table>".utf8), Array("<b>二</b>".utf8)])
        // when
        let body = page.response().body.string ?? ""
        // then
        let expected = html.render()
            .replacingOccurrences(of: "<!--jixiao-part-0-->", with: "<table>表一</table>")
            .replacingOccurrences(of: "<!--jixiao-part-1-->", with: "<b>二</b>")
        #expect(body == expected)
        #expect(body.contains("前 &lt;x&gt;") && !body.contains("jixiao-part"))
    }

    @Test("the byte search finds a needle at the start, the end, after a partial match, or not at all")
    func findsBytes() {
        let haystack = Array("aab<!--m--><!--m-->".utf8), needle = Array("<!--m-->".utf8)
        haystack.withUnsafeBufferPointer { bytes in
            #expect(SplicedPage.firstIndex(of: needle, in: bytes, from: 0) == 3)
            #expect(SplicedPage.firstIndex(of: needle, in: bytes, from: 4) == 11)
            #expect(SplicedPage.firstIndex(of: needle, in: bytes, from: 12) == nil)
            #expect(SplicedPage.firstIndex(of: Array("ab".utf8), in: bytes, from: 0) == 1)
            #expect(SplicedPage.firstIndex(of: Array("zz".utf8), in: bytes, from: 0) == nil)
        }
    }
}
