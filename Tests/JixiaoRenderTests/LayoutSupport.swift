import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The parts of a rendered HTML report the layout tests look at, read with an XML parser
/// (the renderer writes well-formed markup).
struct HTMLPage {
    struct Table {
        var cols: [String] = []
        var headers: [String] = []
        var headerClasses: [String] = []
    }

    var style = ""
    var tables: [Table] = []
    /// The text of each `<p>` of `<footer class="jx-signature">`.
    var signature: [String] = []

    fileprivate init() {}

    init(_ html: String) throws {
        let reader = Reader()
        let parser = XMLParser(data: Data(html.utf8))
        parser.delegate = reader
        guard parser.parse() else { throw TestFailure("the HTML is not well-formed: \(parser.parserError.map { "\($0)" } ?? "")") }
        self = reader.page
    }

    private final class Reader: NSObject, XMLParserDelegate {
        var page = HTMLPage()
        private var open: [String] = [], inSignature = false, text = ""

        func parser(
            _ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
            qualifiedName: String?, attributes: [String: String] = [:]
        ) {
            open.append(name)
            text = ""
            switch name {
            case "table": page.tables.append(Table())
            case "col": page.tables[page.tables.count - 1].cols.append(attributes["class"] ?? "")
            case "th": page.tables[page.tables.count - 1].headerClasses.append(attributes["class"] ?? "")
            case "footer": inSignature = attributes["class"] == "jx-signature"
            default: break
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            open.removeLast()
            switch name {
            case "style": page.style = text
            case "th": page.tables[page.tables.count - 1].headers.append(text)
            case "p" where inSignature: page.signature.append(text)
            case "footer": inSignature = false
            default: break
            }
        }
    }
}

/// The rules of a stylesheet: each selector (of a comma-separated list) with its declarations.
struct CSSRules {
    private var rules: [String: [String: String]] = [:]

    init(_ css: String) {
        for block in css.components(separatedBy: "}") {
            let parts = block.components(separatedBy: "{")
            guard parts.count == 2 else { continue }
            var declarations: [String: String] = [:]
            for declaration in parts[1].components(separatedBy: ";") {
                let pair = declaration.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
                if pair.count == 2 { declarations[pair[0]] = pair[1] }
            }
            for selector in parts[0].components(separatedBy: ",") {
                let key = selector.split(whereSeparator: \.isWhitespace).joined(separator: " ")
                rules[key, default: [:]].merge(declarations) { $1 }
            }
        }
    }

    /// The declarations of rules with exactly `selector`, later ones winning.
    func declarations(_ selector: String) -> [String: String] { rules[selector] ?? [:] }
}

extension XML {
    /// The value of `attribute` on every `<tag>`, in document order.
    static func attributes(_ attribute: String, of tag: String, in xml: String) -> [String] {
        let collector = AttributeCollector(tag: tag, attribute: attribute)
        let parser = XMLParser(data: Data(xml.utf8))
        parser.delegate = collector
        _ = parser.parse()
        return collector.values
    }

    private final class AttributeCollector: NSObject, XMLParserDelegate {
        let tag: String, attribute: String
        var values: [String] = []
        init(tag: String, attribute: String) { self.tag = tag; self.attribute = attribute }
        func parser(
            _ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
            qualifiedName: String?, attributes: [String: String] = [:]
        ) {
            if name == tag, let value = attributes[attribute] { values.append(value) }
        }
    }
}
