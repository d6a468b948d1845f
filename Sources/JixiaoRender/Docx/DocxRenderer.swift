import Foundation

/// Writes a report as a .docx (Office Open XML) laid out by GB/T 9704.
public enum DocxRenderer {
    /// The .docx bytes of `report`.
    public static func render(_ report: ReportDocument) throws -> Data {
        try package(documentXML: documentXML(report), title: report.title)
    }

    /// A .docx with the given `word/document.xml` and the fixed GB/T 9704 parts.
    static func package(documentXML: String, title: String) throws -> Data {
        var zip = ZipPackage()
        zip.add("[Content_Types].xml", DocxParts.contentTypes)
        zip.add("_rels/.rels", DocxParts.rootRels)
        zip.add("word/document.xml", documentXML)
        zip.add("word/_rels/document.xml.rels", DocxParts.documentRels)
        zip.add("word/styles.xml", DocxStyles.xml)
        zip.add("word/settings.xml", DocxParts.settings)
        zip.add("word/fontTable.xml", DocxParts.fontTable)
        zip.add("word/footer1.xml", DocxParts.footer(alignment: "right"))
        zip.add("word/footer2.xml", DocxParts.footer(alignment: "left"))
        zip.add("docProps/core.xml", DocxParts.core(title: title))
        zip.add("docProps/app.xml", DocxParts.app)
        return try zip.data()
    }

    /// `word/document.xml`: title, header block, body, signature, section properties.
    static func documentXML(_ report: ReportDocument) -> String {
        var body = DocxBody()
        body.title(report.title)
        for field in report.meta {
            body.field(field)
        }
        for (index, block) in report.blocks.enumerated() {
            body.orientation(landscape: Self.landscape(report.blocks, at: index))
            switch block {
            case .heading(let level, let text): body.paragraph(text, style: level == 1 ? "Heading1" : "Heading2")
            case .paragraph(let text): body.paragraph(text, style: "JxBody")
            case .gap(let text): body.paragraph(text, style: "JxGap")
            case .table(let table): body.table(table)
            }
        }
        body.paragraph("", style: "JxBody")
        body.paragraph(report.signature.unitName, style: "JxSignature")
        body.paragraph(report.signature.date ?? "", style: "JxSignature")
        return documentXML(body: body)
    }

    /// True when the block at `index` goes on a landscape page: a wide table, and the
    /// heading right above one (a heading never stays behind on the page before its table).
    static func landscape(_ blocks: [ReportBlock], at index: Int) -> Bool {
        switch blocks[index] {
        case .table(let table): return DocxSection.needsLandscape(table)
        case .heading: return index + 1 < blocks.count && landscape(blocks, at: index + 1)
        case .paragraph, .gap: return false
        }
    }

    /// `word/document.xml` around a body.
    static func documentXML(body: DocxBody) -> String {
        DocxParts.header + "<w:document xmlns:w=\"\(DocxParts.w)\" xmlns:r=\"\(DocxParts.r)\"><w:body>"
            + body.xml + body.finalSection.xml + "</w:body></w:document>"
    }
}
