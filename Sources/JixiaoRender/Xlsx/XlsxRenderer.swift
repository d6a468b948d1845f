import Foundation

/// Writes the report as an .xlsx workbook: its text on the first sheet, then one sheet per table, the
/// form's header rows, numbers as numbers, totals as formulas.
public enum XlsxRenderer {
    /// The .xlsx bytes of `report`.
    public static func render(_ report: ReportDocument) throws -> Data {
        let metaLine = report.meta.map { "\($0.label)：\($0.value ?? ReportText.unfilled)" }.joined(separator: "　")
        return try render(tables: [textTable(report)] + report.tables, title: report.title, meta: metaLine)
    }

    /// A workbook of `tables` (one sheet each) under a title and a line of context,
    /// e.g. a year's evaluations exported by the web app.
    public static func render(tables: [ReportTable], title: String, meta: String) throws -> Data {
        let names = sheetNames(tables.map(\.name))
        var zip = ZipPackage()
        zip.add("[Content_Types].xml", XlsxParts.contentTypes(sheets: tables.count))
        zip.add("_rels/.rels", XlsxParts.rootRels)
        zip.add("xl/workbook.xml", XlsxParts.workbook(sheetNames: names))
        zip.add("xl/_rels/workbook.xml.rels", XlsxParts.workbookRels(sheets: tables.count))
        zip.add("xl/styles.xml", XlsxStyles.xml)
        for (index, table) in tables.enumerated() {
            let sheet = XlsxSheet(table: table, title: title, meta: meta)
            zip.add("xl/worksheets/sheet\(index + 1).xml", sheet.xml())
        }
        zip.add("docProps/core.xml", DocxParts.core(title: title))
        zip.add("docProps/app.xml", DocxParts.app)
        return try zip.data()
    }

    /// Unique sheet names of at most 31 characters without `[]:*?/\`.
    static func sheetNames(_ names: [String]) -> [String] {
        var used: Set<String> = []
        return names.enumerated().map { index, name in
            var base = String(name.filter { !"[]:*?/\\".contains($0) }.prefix(28))
            if base.isEmpty { base = "表\(index + 1)" }
            var candidate = base, n = 2
            while used.contains(candidate) { candidate = base + "\(n)"; n += 1 }
            used.insert(candidate)
            return candidate
        }
    }
}
