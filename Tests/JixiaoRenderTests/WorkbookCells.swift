import Foundation
import JixiaoImport

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// A written .xlsx read back as a reader sees it: each sheet's cell values (through
/// JixiaoImport's workbook reader) and the fill colour each cell's style gives it.
struct WorkbookCells {
    let workbook: XlsxWorkbook
    let data: Data

    init(_ data: Data) throws {
        self.data = data
        workbook = try XlsxWorkbook.read(data)
    }

    /// The cell `reference` (E5) of sheet number `sheet` (1-based) as text, "" when empty.
    func text(_ sheet: Int, _ reference: String) -> String {
        workbook.sheets[sheet - 1].cells[reference]?.text ?? ""
    }

    /// The cell as stored: a number's written text, or nil for text and empty cells.
    func number(_ sheet: Int, _ reference: String) -> String? {
        if case .number(let text) = workbook.sheets[sheet - 1].cells[reference] { return text }
        return nil
    }

    /// The solid fill colour (RRGGBB) of the cell's style, nil when it has none.
    func fill(_ sheet: Int, _ reference: String) throws -> String? {
        let xml = try Package.part("xl/worksheets/sheet\(sheet).xml", of: data)
        let cells = Elements(xml, tag: "c").items
        guard let cell = cells.first(where: { $0["r"] == reference }), let style = Int(cell["s"] ?? "0") else { return nil }
        let styles = try Package.part("xl/styles.xml", of: data)
        let xfs = Elements(styles, tag: "xf", inside: "cellXfs").items
        guard xfs.indices.contains(style), let fillId = Int(xfs[style]["fillId"] ?? "0") else { return nil }
        let colours = Elements(styles, tag: "fgColor", inside: "fill", counting: true).items
        guard let colour = colours.first(where: { $0["#"] == String(fillId) })?["rgb"] else { return nil }
        return String(colour.suffix(6))
    }

    /// The attributes of every `tag` element (only those inside `inside`, when given); with
    /// `counting`, "#" is the index of the enclosing `inside` element.
    private final class Elements: NSObject, XMLParserDelegate {
        let tag: String, inside: String?, counting: Bool
        var items: [[String: String]] = []
        private var depth = 0, index = -1

        init(_ xml: String, tag: String, inside: String? = nil, counting: Bool = false) {
            self.tag = tag
            self.inside = inside
            self.counting = counting
            super.init()
            let parser = XMLParser(data: Data(xml.utf8))
            parser.delegate = self
            _ = parser.parse()
        }

        func parser(
            _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            if name == inside {
                depth += 1
                index += 1
            }
            if name == tag, inside == nil || depth > 0 {
                var attributes = attributes
                if counting { attributes["#"] = String(index) }
                items.append(attributes)
            }
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            if name == inside { depth -= 1 }
        }
    }
}
