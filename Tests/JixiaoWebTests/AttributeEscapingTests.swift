import Foundation
import Plot
import Testing

@testable import JixiaoWeb

@Suite("Attributes are escaped by construction")
struct AttributeEscapingTests {
    @Test("attr escapes & < > \" ' (Plot's own attribute helpers do not: the checker sees the difference)")
    func escapes() {
        let hostile = HostileText.text
        let raw = Node<HTML.BodyContext>.div(.attribute(named: "data-x", value: hostile)).render()
        let safe = Node<HTML.BodyContext>.div(.attr("data-x", hostile), .input(.attr("value", hostile))).render()
        #expect(!HostileText.problems(raw).isEmpty)
        #expect(HostileText.problems(safe).isEmpty)
        #expect(HTMLTokens(safe).elements.map { $0.attribute("data-x") ?? $0.attribute("value") } == [hostile, hostile])
        #expect(HTMLEscape.escape(#"a&b<c>d"e'f 五华"#) == "a&amp;b&lt;c&gt;d&quot;e&#39;f 五华")
        #expect(HTMLEscape.escape("无需转义") == "无需转义")
        #expect(SVGText.escape("'") == "&#39;")
    }

    /// The views' source: any Plot attribute helper given something other than a fixed
    /// literal would write it unescaped; such values must go through `.attr`.
    @Test("no view gives a Plot attribute helper anything but a fixed literal")
    func sourceUsesAttr() throws {
        // the check itself finds what it must
        #expect(
            try Self.violations(in: "import Plot\n.a(.href(link), .id(\"x-\\(n)\"))\n.attribute(named: \"data-x\", value: v)").count == 3)
        #expect(try Self.violations(in: "import Plot\n.a(.href(\"#years\"), .id(\"x\"), .attr(\"href\", link))").isEmpty)
        let root = Fixtures.packageRoot().appendingPathComponent("Sources/JixiaoWeb")
        let files =
            FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" } ?? []
        #expect(files.count > 50)
        var found: [String] = []
        for file in files where file.lastPathComponent != "Node+Attribute.swift" {
            found += try Self.violations(in: String(contentsOf: file, encoding: .utf8)).map { "\(file.lastPathComponent):\($0)" }
        }
        #expect(found.isEmpty, "attribute values not written through .attr: \(found)")
    }

    /// Plot attribute helpers called with anything but a plain string literal in `source`
    /// (a file that imports Plot), as "line .helper(".
    static func violations(in source: String) throws -> [String] {
        guard source.contains("import Plot") else { return [] }
        let helpers = [
            "href", "value", "id", "class", "name", "for", "src", "content", "action", "title",
            "description", "data", "placeholder", "alt", "attribute",
        ]
        let call = try NSRegularExpression(pattern: #"(?<![\w\)\]\?])\.`?(\#(helpers.joined(separator: "|")))`?\("#)
        let literal = try NSRegularExpression(pattern: #"^"[^"\\]*"\)"#)
        let ns = source as NSString
        return call.matches(in: source, range: NSRange(location: 0, length: ns.length)).compactMap { match in
            let after = ns.substring(from: match.range.upperBound)
            let helper = ns.substring(with: match.range(at: 1))
            guard
                helper == "attribute"
                    || literal.firstMatch(in: after, range: NSRange(location: 0, length: (after as NSString).length)) == nil
            else { return nil }
            let line = ns.substring(to: match.range.location).filter { $0 == "\n" }.count + 1
            return "\(line) .\(helper)("
        }
    }
}

@Suite("Text nodes come back as typed")
struct TextEscapingTests {
    @Test("text that looks like a character reference comes back as typed (Plot's own .text keeps it as a reference)")
    func references() {
        let typed = "&amp; &#39; &lt;b&gt; <b>"
        let html = ErrorPage.render(status: 400, message: typed, user: nil, csrf: "").render()
        #expect(html.contains("&amp;amp; &amp;#39; &amp;lt;b&amp;gt; &lt;b&gt;"))
        #expect(HTMLTokens(html).texts.contains(typed))
    }
}
