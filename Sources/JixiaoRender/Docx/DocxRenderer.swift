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
        body.paragraph(report.title, style: "JxTitle")
        for field in report.meta {
            body.field(field)
        }
        for block in report.blocks {
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

    /// `word/document.xml` around a body.
    static func documentXML(body: DocxBody) -> String {
        DocxParts.header + "<w:document xmlns:w=\"\(DocxParts.w)\" xmlns:r=\"\(DocxParts.r)\"><w:body>"
            + body.xml + sectionProperties + "</w:body></w:document>"
    }

    static let sectionProperties = "<w:sectPr>"
        + "<w:footerReference w:type=\"default\" r:id=\"rId4\"/><w:footerReference w:type=\"even\" r:id=\"rId5\"/>"
        + "<w:pgSz w:w=\"\(DocxLayout.pageWidth)\" w:h=\"\(DocxLayout.pageHeight)\"/>"
        + "<w:pgMar w:top=\"\(DocxLayout.marginTop)\" w:right=\"\(DocxLayout.marginRight)\" w:bottom=\"\(DocxLayout.marginBottom)\" "
        + "w:left=\"\(DocxLayout.marginLeft)\" w:header=\"851\" w:footer=\"\(DocxLayout.footerDistance)\" w:gutter=\"0\"/>"
        + "<w:pgNumType w:start=\"1\"/><w:cols w:space=\"425\"/>"
        + "<w:docGrid w:type=\"lines\" w:linePitch=\"\(DocxLayout.linePitch)\"/>"
        + "</w:sectPr>"
}
