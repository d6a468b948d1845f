/// The properties of one section of the document (`w:sectPr`): A4 portrait for the
/// text, A4 landscape for a table too wide for the 156 mm type area (the project
/// table's eleven columns). Margins stay those of GB/T 9704; page numbers run on
/// through every section, starting at 1 in the first.
struct DocxSection {
    var landscape: Bool
    var first: Bool

    /// The width of the type area in twips.
    var textWidth: Int { landscape ? DocxLayout.pageHeight - DocxLayout.marginLeft - DocxLayout.marginRight : DocxLayout.textWidth }

    /// Tables with more columns than this are set in a landscape section.
    static let portraitColumns = 7

    /// True for a table too wide for the portrait type area.
    static func needsLandscape(_ table: ReportTable) -> Bool { table.columns.count > portraitColumns }

    var xml: String {
        let size =
            landscape
            ? "<w:pgSz w:w=\"\(DocxLayout.pageHeight)\" w:h=\"\(DocxLayout.pageWidth)\" w:orient=\"landscape\"/>"
            : "<w:pgSz w:w=\"\(DocxLayout.pageWidth)\" w:h=\"\(DocxLayout.pageHeight)\"/>"
        return "<w:sectPr>"
            + "<w:footerReference w:type=\"default\" r:id=\"rId4\"/><w:footerReference w:type=\"even\" r:id=\"rId5\"/>"
            + size
            + "<w:pgMar w:top=\"\(DocxLayout.marginTop)\" w:right=\"\(DocxLayout.marginRight)\" w:bottom=\"\(DocxLayout.marginBottom)\" "
            + "w:left=\"\(DocxLayout.marginLeft)\" w:header=\"851\" w:footer=\"\(DocxLayout.footerDistance)\" w:gutter=\"0\"/>"
            + (first ? "<w:pgNumType w:start=\"1\"/>" : "") + "<w:cols w:space=\"425\"/>"
            + "<w:docGrid w:type=\"lines\" w:linePitch=\"\(DocxLayout.linePitch)\"/>"
            + "</w:sectPr>"
    }
}
