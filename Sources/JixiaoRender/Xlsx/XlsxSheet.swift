/// One worksheet: the report title, the table caption, the filer line, the
/// column headers, then the rows.
struct XlsxSheet {
    let table: ReportTable
    let title: String
    let meta: String

    /// Rows above the data: title, caption, filer line, column headers.
    static let headerRows = 4
    /// Excel's limit of characters (UTF-16 units) in one cell.
    static let maxCellLength = 32_767

    /// The 1-based sheet row of data row `index`.
    static func sheetRow(_ index: Int) -> Int { headerRows + 1 + index }

    func xml() -> String {
        let columns = table.columns.count
        let last = XlsxCellReference.column(max(columns - 1, 0))
        var s = XlsxParts.header + "<worksheet xmlns=\"\(XlsxParts.main)\" xmlns:r=\"\(XlsxParts.r)\">"
        s += "<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr><dimension ref=\"A1:\(last)\(Self.sheetRow(table.rows.count - 1))\"/>"
        s +=
            "<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"\(Self.headerRows)\" topLeftCell=\"A\(Self.headerRows + 1)\" activePane=\"bottomLeft\" state=\"frozen\"/></sheetView></sheetViews>"
        let widths = printWidths()
        s += "<sheetFormatPr defaultRowHeight=\"15\"/><cols>"
        for (index, width) in widths.enumerated() {
            s += "<col min=\"\(index + 1)\" max=\"\(index + 1)\" width=\"\(width)\" customWidth=\"1\"/>"
        }
        s += "</cols><sheetData>"
        let span = widths.reduce(0, +)
        s += textRow(1, title, style: XlsxStyles.title, height: Self.wrappedHeight(title, span: span, points: 14))
        s += textRow(2, table.caption, style: XlsxStyles.caption, height: Self.wrappedHeight(table.caption, span: span, points: 11))
        s += textRow(3, meta, style: XlsxStyles.meta, height: Self.wrappedHeight(meta, span: span, points: 11))
        s += "<row r=\"4\">"
        for (index, column) in table.columns.enumerated() {
            s += inlineString(XlsxCellReference.cell(column: index, row: 4), column.title, style: XlsxStyles.header)
        }
        s += "</row>"
        for (index, row) in table.rows.enumerated() {
            let r = Self.sheetRow(index)
            let lines = Self.lineCount(row, widths: widths)
            s += lines > 1 ? "<row r=\"\(r)\" ht=\"\(lines * 15)\" customHeight=\"1\">" : "<row r=\"\(r)\">"
            for (column, cell) in row.cells.enumerated() where column < columns {
                s += self.cell(
                    cell, reference: XlsxCellReference.cell(column: column, row: r), column: column, bold: row.isTotal,
                    fill: row.fills[column])
            }
            s += "</row>"
        }
        s += "</sheetData>" + mergeCells(lastColumn: last)
        s += "<pageMargins left=\"0.5\" right=\"0.5\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>"
        // One page wide, as many long as it takes; rows 1-4 repeat on every page (`Print_Titles`).
        let orientation = span > Self.portraitWidth ? "landscape" : "portrait"
        s += "<pageSetup paperSize=\"9\" orientation=\"\(orientation)\" fitToWidth=\"1\" fitToHeight=\"0\"/></worksheet>"
        return s
    }

    /// Sheets at most this wide (in characters) print on portrait A4.
    static let portraitWidth = 100
    /// The least width of a sheet, so that the title takes at most two lines.
    static let minimumWidth = 60

    /// The column widths as printed: the content widths, widened in proportion up to
    /// `minimumWidth` so that the title, caption and filer line above a narrow table
    /// (the two-column sheets) need few lines.
    func printWidths() -> [Int] {
        let widths = columnWidths(), total = widths.reduce(0, +)
        guard total > 0, total < Self.minimumWidth else { return widths }
        var wider = widths.map { $0 * Self.minimumWidth / total }
        if let last = wider.indices.last { wider[last] += Self.minimumWidth - wider.reduce(0, +) }
        return wider
    }

    /// The height in points of a title row whose text wraps in the merged cell `span`
    /// characters wide at `points` (readers do not grow rows for merged cells), nil for one line.
    static func wrappedHeight(_ text: String, span: Int, points: Int) -> Int? {
        let width = (displayWidth(text) * points + 10) / 11
        let lines =
            text.split(separator: "\n", omittingEmptySubsequences: false).count
            + max(0, (width - 1) / max(span - 2, 1))
        let lineHeight = points * 3 / 2 + 1
        return lines > 1 || points > 11 ? min(lines, 40) * lineHeight + 2 : nil
    }

    private func textRow(_ row: Int, _ text: String, style: Int, height: Int?) -> String {
        "<row r=\"\(row)\"\(height.map { " ht=\"\($0)\" customHeight=\"1\"" } ?? "")>"
            + inlineString("A\(row)", text, style: style) + "</row>"
    }

    private func cell(_ cell: ReportCell, reference: String, column: Int, bold: Bool, fill: CellFill?) -> String {
        switch cell {
        case .text(let text):
            return inlineString(reference, text, style: XlsxStyles.cell(format: 0, bold: bold, fill: fill))
        case .number(let value, let places):
            let style = XlsxStyles.cell(format: XlsxStyles.numberFormat(places: places), bold: bold, fill: fill)
            return "<c r=\"\(reference)\" s=\"\(style)\"><v>\(value.description)</v></c>"
        case .percent(let value):
            let style = XlsxStyles.cell(format: XlsxStyles.percentFormat, bold: bold, fill: fill)
            return "<c r=\"\(reference)\" s=\"\(style)\"><v>\(value.description)</v></c>"
        case .sum(let value, let places, let rows):
            let arguments = XlsxCellReference.sumArguments(column: column, rows: rows.map(Self.sheetRow))
            let style = XlsxStyles.cell(format: XlsxStyles.numberFormat(places: places), bold: bold, fill: fill)
            return "<c r=\"\(reference)\" s=\"\(style)\"><f>SUM(\(arguments))</f><v>\(value.description)</v></c>"
        case .continued, .empty:
            return "<c r=\"\(reference)\" s=\"\(XlsxStyles.cell(format: 0, bold: bold, fill: fill))\"/>"
        }
    }

    private func inlineString(_ reference: String, _ text: String, style: Int) -> String {
        "<c r=\"\(reference)\" s=\"\(style)\" t=\"inlineStr\"><is><t xml:space=\"preserve\">"
            + XMLText.escape(Self.fitting(text)) + "</t></is></c>"
    }

    /// The text cut to Excel's cell limit, with a mark that it was cut.
    static func fitting(_ text: String) -> String {
        guard text.utf16.count > maxCellLength else { return text }
        let mark = "…（已截断）"
        var out = "", used = mark.utf16.count
        for ch in text {
            used += ch.utf16.count
            if used > maxCellLength { break }
            out.append(ch)
        }
        return out + mark
    }

    /// Title rows span the table; `.continued` cells merge with the cell above.
    private func mergeCells(lastColumn: String) -> String {
        var ranges = (1...3).map { "A\($0):\(lastColumn)\($0)" }
        for column in table.columns.indices {
            var start: Int?
            for index in table.rows.indices {
                let isContinued = table.rows[index].cells[safe: column] == .continued
                let nextContinued = table.rows[safe: index + 1]?.cells[safe: column] == .continued
                if !isContinued && nextContinued { start = index }
                if isContinued && !nextContinued, let s = start {
                    ranges.append(
                        XlsxCellReference.cell(column: column, row: Self.sheetRow(s)) + ":"
                            + XlsxCellReference.cell(column: column, row: Self.sheetRow(index)))
                    start = nil
                }
            }
        }
        return "<mergeCells count=\"\(ranges.count)\">" + ranges.map { "<mergeCell ref=\"\($0)\"/>" }.joined() + "</mergeCells>"
    }

    /// Widths in characters that fit the text: CJK characters count double, capped for wrapping.
    func columnWidths() -> [Int] {
        table.columns.indices.map { column in
            let texts = [table.columns[column].title] + table.rows.map { $0.cells[safe: column]?.text ?? "" }
            let widest = texts.map(Self.displayWidth).max() ?? 0
            return min(max(widest + 2, 8), 50)
        }
    }

    /// Lines the row's wrapped text needs at these column widths (readers do not
    /// grow rows to fit wrapped text by themselves), at most 40.
    static func lineCount(_ row: ReportRow, widths: [Int]) -> Int {
        zip(row.cells, widths).map { cell, width in
            cell.text.split(separator: "\n", omittingEmptySubsequences: false).reduce(0) { lines, line in
                lines + max(1, (displayWidth(String(line)) + width - 3) / max(width - 2, 1))
            }
        }.max().map { min($0, 40) } ?? 1
    }

    static func displayWidth(_ text: String) -> Int {
        var width = 0
        for scalar in text.unicodeScalars {
            width += scalar.value >= 0x2E80 ? 2 : 1
            if width > 4_000 { break }
        }
        return width
    }
}
