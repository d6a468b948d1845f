import JixiaoCore

extension XlsxRenderer {
    /// The report's text as a two-column table (部分 | 内容): the header fields, then each
    /// paragraph under its heading, gaps as they are marked, the signature; the first sheet
    /// of a report workbook, so the workbook holds everything the report says.
    static func textTable(_ report: ReportDocument) -> ReportTable {
        var rows = report.meta.map { ReportRow([.text($0.label), .text($0.value ?? ReportText.unfilled)]) }
        var heading = ""
        for block in report.blocks {
            switch block {
            case .heading(_, let text):
                heading = text
            case .paragraph(let text), .gap(let text):
                rows.append(ReportRow([.text(heading), .text(text)]))
            case .table(let table):
                rows.append(ReportRow([.text(heading), .text(ReportText.seeSheet(table.name))]))
            }
        }
        rows.append(ReportRow([.text(ReportText.signatureUnit), .text(report.signature.unitName)]))
        if let date = report.signature.date { rows.append(ReportRow([.text(ReportText.signatureDate), .text(date)])) }
        return ReportTable(
            name: ReportText.textSheet.0, caption: ReportText.textSheet.1,
            columns: [ReportColumn("部分", weight: 2), ReportColumn("内容", weight: 8)], rows: rows)
    }
}
