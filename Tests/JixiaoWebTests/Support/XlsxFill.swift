import Foundation
import ZIPFoundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The fill colour a written .xlsx gives one cell, read as Excel does: the cell's style
/// index (`s`) → its `cellXfs` entry's `fillId` → that `fill`'s solid colour.
enum XlsxFill {
    /// The RRGGBB fill of cell `reference` (G5) of the first sheet, nil when it has none.
    static func of(_ reference: String, in data: Data) throws -> String? {
        let sheet = Attributes(try part("xl/worksheets/sheet1.xml", of: data), tag: "c")
        let styles = try part("xl/styles.xml", of: data)
        guard let cell = sheet.items.first(where: { $0["r"] == reference }), let style = Int(cell["s"] ?? "0") else {
            return nil
        }
        let xfs = Attributes(styles, tag: "xf", inside: "cellXfs").items
        guard xfs.indices.contains(style), let fillID = Int(xfs[style]["fillId"] ?? "0") else { return nil }
        let colours = Attributes(styles, tag: "fgColor", inside: "fill").items
        return colours.first(where: { $0["#"] == String(fillID) })?["rgb"].map { String($0.suffix(6)) }
    }

    private static func part(_ path: String, of data: Data) throws -> Data {
        let archive = try Archive(data: data, accessMode: .read)
        guard let entry = archive[path] else { return Data() }
        var bytes = Data()
        _ = try archive.extract(entry) { bytes.append($0) }
        return bytes
    }

    /// The attributes of every `tag` element (only inside `inside` when given, with "#" the
    /// index of the enclosing `inside` element).
    private final class Attributes: NSObject, XMLParserDelegate {
        let tag: String, inside: String?
        var items: [[String: String]] = []
        private var depth = 0, index = -1

        init(_ data: Data, tag: String, inside: String? = nil) {
            self.tag = tag
            self.inside = inside
            super.init()
            let parser = XMLParser(data: data)
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
            guard name == tag, inside == nil || depth > 0 else { return }
            var item = attributes
            if inside != nil { item["#"] = String(index) }
            items.append(item)
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            if name == inside { depth -= 1 }
        }
    }
}
