import Foundation
import ZIPFoundation

/// Edits cells of a downloaded .xlsx as a person filling it offline would: each edit replaces
/// (or adds) one cell of a named sheet, as a number or an inline string.
enum XlsxEdit {
    enum Value {
        case number(String)
        case text(String)
    }

    static func edit(_ data: Data, sheet name: String, _ edits: [String: Value]) throws -> Data {
        let archive = try Archive(data: data, accessMode: .read)
        var parts: [(String, Data)] = []
        for entry in archive {
            var bytes = Data()
            _ = try archive.extract(entry) { bytes.append($0) }
            parts.append((entry.path, bytes))
        }
        let path = try sheetPath(name, parts: parts)
        guard let index = parts.firstIndex(where: { $0.0 == path }) else { throw EditError.noSheet(name) }
        var xml = String(decoding: parts[index].1, as: UTF8.self)
        for (reference, value) in edits { xml = try replace(reference, value, in: xml) }
        parts[index].1 = Data(xml.utf8)
        let out = try Archive(data: Data(), accessMode: .create)
        for (entryPath, bytes) in parts {
            try out.addEntry(with: entryPath, type: .file, uncompressedSize: Int64(bytes.count), compressionMethod: .deflate) {
                position, size in
                bytes.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard let zipped = out.data else { throw EditError.noSheet("(archive)") }
        return zipped
    }

    enum EditError: Error {
        case noSheet(String)
        case noRow(String)
    }

    /// The worksheet part of the sheet called `name` (workbook.xml → its relationship).
    static func sheetPath(_ name: String, parts: [(String, Data)]) throws -> String {
        let workbook = String(decoding: parts.first { $0.0 == "xl/workbook.xml" }?.1 ?? Data(), as: UTF8.self)
        let rels = String(decoding: parts.first { $0.0 == "xl/_rels/workbook.xml.rels" }?.1 ?? Data(), as: UTF8.self)
        guard let sheet = workbook.range(of: #"<sheet name="\#(name)"[^>]*r:id="([^"]+)""#, options: .regularExpression),
            let rid = workbook[sheet].split(separator: "\"").dropLast(0).last,
            let rel = rels.range(of: #"Id="\#(rid)"[^>]*Target="([^"]+)""#, options: .regularExpression),
            let target = rels[rel].split(separator: "\"").last
        else { throw EditError.noSheet(name) }
        return "xl/" + target
    }

    /// `xml` with cell `reference` replaced by `value` (added at the end of its row when absent).
    static func replace(_ reference: String, _ value: Value, in xml: String) throws -> String {
        let cell: String
        switch value {
        case .number(let text): cell = "<c r=\"\(reference)\"><v>\(text)</v></c>"
        case .text(let text): cell = "<c r=\"\(reference)\" t=\"inlineStr\"><is><t>\(text)</t></is></c>"
        }
        let pattern = #"<c r="\#(reference)"[^>]*?(/>|>.*?</c>)"#
        if let range = xml.range(of: pattern, options: .regularExpression) {
            return xml.replacingCharacters(in: range, with: cell)
        }
        let row = String(reference.drop(while: { $0.isLetter }))
        guard let open = xml.range(of: #"<row r="\#(row)"[^>]*>"#, options: .regularExpression),
            let close = xml.range(of: "</row>", range: open.upperBound..<xml.endIndex)
        else { throw EditError.noRow(reference) }
        return xml.replacingCharacters(in: close.lowerBound..<close.lowerBound, with: cell)
    }
}
