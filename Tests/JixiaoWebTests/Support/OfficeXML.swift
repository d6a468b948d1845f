import Foundation
import ZIPFoundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// An Office part (`word/document.xml`, a worksheet) parsed as XML: the text of its
/// paragraphs / cells, what its formulas say, and every element name.
final class OfficeXML: NSObject, XMLParserDelegate {
    /// Decoded text of each `w:p` (Word) or each `is`/`si` string (Excel), runs joined.
    private(set) var texts: [String] = []
    /// The text of each `f` (formula) element.
    private(set) var formulas: [String] = []
    /// Every element name met (qualified, as written).
    private(set) var elementNames: Set<String> = []
    private(set) var wellFormed = false
    private var current: String?
    private var inText = false
    private var formula: String?

    init(_ data: Data) {
        super.init()
        let parser = XMLParser(data: data)
        parser.delegate = self
        wellFormed = parser.parse()
    }

    /// The part `path` of the ZIP package `data`, parsed.
    static func part(_ path: String, of data: Data) throws -> OfficeXML? {
        let archive = try Archive(data: data, accessMode: .read)
        guard let entry = archive[path] else { return nil }
        var bytes = Data()
        _ = try archive.extract(entry) { bytes.append($0) }
        return OfficeXML(bytes)
    }

    /// Paths of the package's parts.
    static func parts(of data: Data) throws -> [String] {
        try Archive(data: data, accessMode: .read).map(\.path)
    }

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        elementNames.insert(name)
        switch name {
        case "w:p", "is", "si": current = ""
        case "w:t", "t": inText = true
        case "f": formula = ""
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch name {
        case "w:p", "is", "si":
            if let current { texts.append(current) }
            current = nil
        case "w:t", "t": inText = false
        case "f":
            if let formula { formulas.append(formula) }
            formula = nil
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText { current? += string }
        formula? += string
    }
}
