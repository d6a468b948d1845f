import Foundation
import ZIPFoundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Reading generated packages back in tests.
enum Package {
    /// The text of part `path` of a ZIP package.
    static func part(_ path: String, of data: Data) throws -> String {
        let archive = try Archive(data: data, accessMode: .read)
        guard let entry = archive[path] else { throw TestFailure("no part \(path)") }
        var bytes = Data()
        _ = try archive.extract(entry) { bytes.append($0) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The paths of all parts.
    static func paths(of data: Data) throws -> [String] {
        try Archive(data: data, accessMode: .read).map(\.path)
    }

    /// True when every XML part parses.
    static func allXMLWellFormed(_ data: Data) throws -> Bool {
        try paths(of: data).filter { $0.hasSuffix(".xml") || $0.hasSuffix(".rels") }
            .allSatisfy { XML.wellFormed(try part($0, of: data)) }
    }
}

enum XML {
    /// True when `text` is well-formed XML.
    ///
    /// Foundation's parser (libxml2 without its "huge" option) gives up on documents
    /// of several megabytes, which are still well-formed; those go to Python's expat.
    static func wellFormed(_ text: String) -> Bool {
        let data = Data(text.utf8)
        guard data.count > 4_000_000 else { return XMLParser(data: data).parse() }
        return
            (try? run(
                ["python3", "-c", "import sys, xml.parsers.expat as e; e.ParserCreate().Parse(sys.stdin.buffer.read(), True)"],
                input: data)) == 0
    }

    /// The character data of every `<tag>` element, in document order.
    static func texts(of tag: String, in xml: String) -> [String] {
        let collector = TextCollector(tag: tag)
        let parser = XMLParser(data: Data(xml.utf8))
        parser.delegate = collector
        _ = parser.parse()
        return collector.texts
    }

    private final class TextCollector: NSObject, XMLParserDelegate {
        let tag: String
        var texts: [String] = []
        private var current: String?
        init(tag: String) { self.tag = tag }
        func parser(
            _ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
            qualifiedName: String?, attributes: [String: String] = [:]
        ) {
            if name == tag { current = "" }
        }
        func parser(_ parser: XMLParser, foundCharacters string: String) { current? += string }
        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            if name == tag, let text = current { texts.append(text); current = nil }
        }
    }
}

struct TestFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// A fresh temporary folder.
func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("jixiao-render-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// Runs a command (found on PATH) with `input` on stdin; returns its exit status.
@discardableResult
func run(_ arguments: [String], input: Data? = nil) throws -> Int32 {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = arguments
    let pipe = Pipe()
    if input != nil { process.standardInput = pipe }
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    if let input {
        pipe.fileHandleForWriting.write(input)
        try pipe.fileHandleForWriting.close()
    }
    process.waitUntilExit()
    return process.terminationStatus
}

/// The folder holding Package.swift.
let packageRoot: URL = {
    var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    while folder.path != "/", !FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path) {
        folder.deleteLastPathComponent()
    }
    return folder
}()
