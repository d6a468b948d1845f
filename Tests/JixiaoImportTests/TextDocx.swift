import Foundation
import ZIPFoundation

/// A .docx made from a text report for the tests: each line a paragraph, and a run of lines
/// with tabs a table (a row with fewer cells has its first cell merged across the rest, as a
/// 总分 label is), so the .docx reads back as the same lines.
enum TextDocx {
    static func data(_ text: String) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        for (name, xml) in [
            ("[Content_Types].xml", contentTypes), ("_rels/.rels", rels), ("word/document.xml", document(text)),
        ] {
            let data = Data(xml.utf8)
            try archive.addEntry(with: name, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) {
                data.subdata(in: Int($0)..<Int($0) + $1)
            }
        }
        return archive.data ?? Data()
    }

    static func document(_ text: String) -> String {
        var body = ""
        var table: [[String]] = []
        func flush() {
            guard !table.isEmpty else { return }
            let width = table.map(\.count).max() ?? 1
            body += "<w:tbl><w:tblPr><w:tblW w:w=\"5000\" w:type=\"pct\"/><w:tblBorders>"
            for side in ["top", "left", "bottom", "right", "insideH", "insideV"] {
                body += "<w:\(side) w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"
            }
            body += "</w:tblBorders></w:tblPr><w:tblGrid>" + String(repeating: "<w:gridCol/>", count: width) + "</w:tblGrid>"
            for row in table {
                body += "<w:tr>"
                for (index, cell) in row.enumerated() {
                    let span = index == 0 && row.count < width ? "<w:tcPr><w:gridSpan w:val=\"\(width - row.count + 1)\"/></w:tcPr>" : ""
                    body += "<w:tc>\(span)\(paragraph(cell))</w:tc>"
                }
                body += "</w:tr>"
            }
            body += "</w:tbl>"
            table = []
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.contains("\t") {
                table.append(line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init))
            } else {
                flush()
                body += paragraph(String(line))
            }
        }
        flush()
        // A table of eight columns or more is set on a landscape page, as the app sets its indicator tables.
        let wide = text.split(separator: "\n").contains { $0.split(separator: "\t", omittingEmptySubsequences: false).count >= 8 }
        let page = wide ? "<w:pgSz w:w=\"16838\" w:h=\"11906\" w:orient=\"landscape\"/>" : "<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"
        return
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
            + body + "<w:sectPr>\(page)</w:sectPr></w:body></w:document>"
    }

    static func paragraph(_ text: String) -> String {
        let escaped = text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
        return "<w:p><w:r><w:t xml:space=\"preserve\">\(escaped)</w:t></w:r></w:p>"
    }

    static let contentTypes = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>
        """
    static let rels = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>
        """
}
