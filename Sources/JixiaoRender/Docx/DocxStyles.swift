/// `word/styles.xml`: the paragraph styles of a GB/T 9704 document.
enum DocxStyles {
    static func fonts(_ eastAsia: String) -> String {
        "<w:rFonts w:ascii=\"\(DocxFont.latin)\" w:hAnsi=\"\(DocxFont.latin)\" w:eastAsia=\"\(eastAsia)\" w:cs=\"\(DocxFont.latin)\"/>"
    }

    /// Exact line spacing on the 22-line grid.
    static let gridSpacing = "<w:spacing w:before=\"0\" w:after=\"0\" w:line=\"\(DocxLayout.linePitch)\" w:lineRule=\"exact\"/>"
    static let indent = "<w:ind w:firstLineChars=\"200\" w:firstLine=\"640\"/>"

    private static func style(
        _ id: String, _ name: String, basedOn: String? = "Normal", outline: Int? = nil,
        pPr: String, rPr: String
    ) -> String {
        "<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"\(id)\"><w:name w:val=\"\(name)\"/>"
            + (basedOn.map { "<w:basedOn w:val=\"\($0)\"/>" } ?? "") + "<w:qFormat/>"
            + "<w:pPr>\(pPr)\(outline.map { "<w:outlineLvl w:val=\"\($0)\"/>" } ?? "")</w:pPr><w:rPr>\(rPr)</w:rPr></w:style>"
    }

    static let xml: String = {
        let size = DocxLayout.bodySize
        var s = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        s += "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
        s +=
            "<w:docDefaults><w:rPrDefault><w:rPr>\(fonts(DocxFont.body))<w:spacing w:val=\"\(DocxLayout.characterSpacing)\"/><w:kern w:val=\"2\"/>"
        s += "<w:sz w:val=\"\(size)\"/><w:szCs w:val=\"\(size)\"/><w:lang w:val=\"en-US\" w:eastAsia=\"zh-CN\"/></w:rPr></w:rPrDefault>"
        s += "<w:pPrDefault><w:pPr><w:widowControl w:val=\"0\"/><w:jc w:val=\"both\"/>\(gridSpacing)</w:pPr></w:pPrDefault></w:docDefaults>"
        s += "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/>"
        s +=
            "<w:pPr>\(gridSpacing)</w:pPr><w:rPr>\(fonts(DocxFont.body))<w:spacing w:val=\"\(DocxLayout.characterSpacing)\"/><w:sz w:val=\"\(size)\"/></w:rPr></w:style>"
        s += style(
            "JxTitle", "Jixiao Title", outline: nil,
            pPr:
                "<w:jc w:val=\"center\"/><w:spacing w:before=\"0\" w:after=\"\(DocxLayout.linePitch)\" w:line=\"\(DocxLayout.linePitch)\" w:lineRule=\"exact\"/>",
            rPr: fonts(DocxFont.title) + "<w:sz w:val=\"\(DocxLayout.titleSize)\"/><w:szCs w:val=\"\(DocxLayout.titleSize)\"/>")
        s += style("Heading1", "heading 1", outline: 0, pPr: "<w:keepNext/>\(indent)", rPr: fonts(DocxFont.heading1))
        s += style("Heading2", "heading 2", outline: 1, pPr: "<w:keepNext/>\(indent)", rPr: fonts(DocxFont.heading2))
        s += style("JxBody", "Jixiao Body", pPr: indent, rPr: "")
        s += style("JxMeta", "Jixiao Meta", pPr: "<w:jc w:val=\"left\"/>", rPr: "")
        s += style(
            "JxGap", "Jixiao Gap", pPr: indent + "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"FFF2CC\"/>",
            rPr: "<w:b/><w:color w:val=\"C00000\"/>")
        s += style("JxCaption", "Jixiao Caption", pPr: "<w:keepNext/><w:jc w:val=\"center\"/>", rPr: fonts(DocxFont.heading1))
        s += style("JxSignature", "Jixiao Signature", pPr: "<w:jc w:val=\"right\"/><w:ind w:right=\"640\"/>", rPr: "")
        s += style(
            "JxCell", "Jixiao Table Text",
            pPr:
                "<w:snapToGrid w:val=\"0\"/><w:spacing w:before=\"0\" w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/><w:jc w:val=\"left\"/>",
            rPr: "")
        s += style(
            "JxFooter", "Jixiao Footer",
            pPr: "<w:snapToGrid w:val=\"0\"/><w:spacing w:before=\"0\" w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/>",
            rPr: fonts(DocxFont.footer) + "<w:sz w:val=\"\(DocxLayout.footerSize)\"/>")
        s += "</w:styles>"
        return s
    }()
}
