import JixiaoCore

/// The columns of a table by the header row's titles, and its rows' cells as written.
/// A row loses the empty leading cells of merged 一级/二级 cells when it is read, so its
/// cells are counted from its end.
struct TableColumns {
    let header: TableRow

    /// Index of the first header cell holding any of `titles`, in order of preference.
    func column(_ titles: [String]) -> Int? {
        for title in titles { if let i = header.cells.firstIndex(where: { $0.contains(title) }) { return i } }
        return nil
    }

    /// The cells of `row` aligned with the header (nil where the row has none), taken from
    /// the written line when it splits into the same cells (full-width forms kept).
    func cells(_ row: TableRow, paragraph: Paragraph, lines: [[Unicode.Scalar]]?) -> [String?] {
        var cells = row.cells
        if let lines, paragraph.pieces.count == 1, paragraph.firstLine >= 1, paragraph.firstLine <= lines.count {
            var written = lines[paragraph.firstLine - 1].split(separator: "\t", omittingEmptySubsequences: false)
                .map { String(String.UnicodeScalarView($0)).trimmingFullWidthSpaces }
            while written.first?.isEmpty == true { written.removeFirst() }
            if written.count == cells.count { cells = written }
        }
        let shift = header.cells.count - cells.count
        return header.cells.indices.map { i in
            let at = i - shift
            return at >= 0 && at < cells.count ? cells[at] : nil
        }
    }
}
