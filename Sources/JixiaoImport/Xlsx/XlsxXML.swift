import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Event-driven readers of the few SpreadsheetML parts a workbook needs: the sheet list,
/// its relationships, the shared strings and the worksheets. A part declaring a DTD or an
/// entity is refused before it is parsed; external entities are never resolved.
final class XlsxXML: NSObject, XMLParserDelegate {
    private var onStart: (String, [String: String]) -> Void = { _, _ in }
    private var onEnd: (String, String) -> Void = { _, _ in }
    private var text = ""
    private var limitHit = false
    /// Elements open now: a part that ends with some open is cut off.
    private var depth = 0
    private let maxText: Int

    private init(maxText: Int) { self.maxText = maxText }

    /// Parses `bytes`, calling `start` at each element and `end` with the element's own text.
    static func parse(
        _ bytes: [UInt8], part: String, maxText: Int,
        start: @escaping (String, [String: String]) -> Void,
        end: @escaping (String, String) -> Void
    ) throws {
        if contains(bytes, "<!DOCTYPE") || contains(bytes, "<!ENTITY") { throw XlsxReadError.unsafe("「\(part)」含有 DTD 声明") }
        let reader = XlsxXML(maxText: maxText)
        reader.onStart = start
        reader.onEnd = end
        let parser = XMLParser(data: Data(bytes))
        parser.shouldResolveExternalEntities = false
        parser.delegate = reader
        let ok = parser.parse()
        if reader.limitHit { throw XlsxReadError.tooLarge("「\(part)」中有单元格文字超过 \(maxText) 字") }
        // On Linux `parse()` answers true after an error and for a document cut off inside an
        // element: the error and the open elements decide.
        if !ok || parser.parserError != nil || reader.depth != 0 { throw XlsxReadError.malformedXML(part) }
    }

    /// The local name of an element or attribute (`r:id` → `id`).
    static func local(_ name: String) -> Substring { name.split(separator: ":").last ?? Substring(name) }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
        qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
    ) {
        text = ""
        depth += 1
        onStart(String(Self.local(elementName)), attributeDict)
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        text += string
        if text.count > maxText {
            limitHit = true
            parser.abortParsing()
        }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        depth -= 1
        onEnd(String(Self.local(elementName)), text)
        text = ""
    }

    private static func contains(_ bytes: [UInt8], _ needle: String) -> Bool {
        let n = Array(needle.utf8)
        guard bytes.count >= n.count, let first = n.first else { return false }
        var i = 0
        while i <= bytes.count - n.count {
            if bytes[i] == first, Array(bytes[i..<(i + n.count)]) == n { return true }
            i += 1
        }
        return false
    }
}
