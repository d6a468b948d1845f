/// The fixed parts of a .docx package (everything but `word/document.xml`).
enum DocxParts {
    static let header = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    static let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let r = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    static let contentTypes =
        header
        + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        + override("/word/document.xml", "wordprocessingml.document.main+xml")
        + override("/word/styles.xml", "wordprocessingml.styles+xml")
        + override("/word/settings.xml", "wordprocessingml.settings+xml")
        + override("/word/fontTable.xml", "wordprocessingml.fontTable+xml")
        + override("/word/footer1.xml", "wordprocessingml.footer+xml")
        + override("/word/footer2.xml", "wordprocessingml.footer+xml")
        + "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
        + override("/docProps/app.xml", "extended-properties+xml")
        + "</Types>"

    private static func override(_ part: String, _ type: String) -> String {
        "<Override PartName=\"\(part)\" ContentType=\"application/vnd.openxmlformats-officedocument.\(type)\"/>"
    }

    static let rootRels =
        header
        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Type=\"\(r)/officeDocument\" Target=\"word/document.xml\"/>"
        + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
        + "<Relationship Id=\"rId3\" Type=\"\(r)/extended-properties\" Target=\"docProps/app.xml\"/>"
        + "</Relationships>"

    static let documentRels =
        header
        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Type=\"\(r)/styles\" Target=\"styles.xml\"/>"
        + "<Relationship Id=\"rId2\" Type=\"\(r)/settings\" Target=\"settings.xml\"/>"
        + "<Relationship Id=\"rId3\" Type=\"\(r)/fontTable\" Target=\"fontTable.xml\"/>"
        + "<Relationship Id=\"rId4\" Type=\"\(r)/footer\" Target=\"footer1.xml\"/>"
        + "<Relationship Id=\"rId5\" Type=\"\(r)/footer\" Target=\"footer2.xml\"/>"
        + "</Relationships>"

    /// Odd and even pages get their own footers (GB/T 9704: odd right, even left).
    static let settings =
        header
        + "<w:settings xmlns:w=\"\(w)\"><w:defaultTabStop w:val=\"420\"/><w:evenAndOddHeaders/>"
        + "<w:characterSpacingControl w:val=\"compressPunctuation\"/><w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat></w:settings>"

    /// Declares the GB/T 9704 fonts with the names Word falls back to.
    static let fontTable: String = {
        let fonts = [
            (DocxFont.body, DocxFont.bodyFallback), (DocxFont.title, DocxFont.titleFallback),
            (DocxFont.heading2, DocxFont.heading2Fallback), (DocxFont.heading1, nil),
            (DocxFont.bodyFallback, nil), (DocxFont.footer, nil),
        ]
        return header + "<w:fonts xmlns:w=\"\(w)\">"
            + fonts.map { name, alt in
                "<w:font w:name=\"\(name)\">" + (alt.map { "<w:altName w:val=\"\($0)\"/>" } ?? "")
                    + "<w:charset w:val=\"86\"/><w:family w:val=\"modern\"/><w:pitch w:val=\"fixed\"/></w:font>"
            }.joined()
            + "<w:font w:name=\"\(DocxFont.latin)\"><w:charset w:val=\"00\"/><w:family w:val=\"roman\"/><w:pitch w:val=\"variable\"/></w:font></w:fonts>"
    }()

    /// A footer with the page number as “— 1 —”.
    static func footer(alignment: String) -> String {
        let indent = alignment == "right" ? "<w:ind w:right=\"280\"/>" : "<w:ind w:left=\"280\"/>"
        return header + "<w:ftr xmlns:w=\"\(w)\"><w:p><w:pPr><w:pStyle w:val=\"JxFooter\"/><w:jc w:val=\"\(alignment)\"/>\(indent)</w:pPr>"
            + "<w:r><w:t xml:space=\"preserve\">— </w:t></w:r>"
            + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r>"
            + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
            + "<w:r><w:t xml:space=\"preserve\"> —</w:t></w:r></w:p></w:ftr>"
    }

    /// Document properties with fixed dates, so output is reproducible.
    static func core(title: String) -> String {
        header + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
            + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
            + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
            + "<dc:title>\(XMLText.escape(String(title.prefix(200))))</dc:title><dc:creator>Jixiao</dc:creator>"
            + "<dcterms:created xsi:type=\"dcterms:W3CDTF\">2020-01-01T00:00:00Z</dcterms:created>"
            + "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">2020-01-01T00:00:00Z</dcterms:modified></cp:coreProperties>"
    }

    static let app =
        header
        + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\"><Application>Jixiao</Application></Properties>"
}
