import JixiaoCore

/// One row of a table: its cells, trimmed, and the line it came from.
struct TableRow {
    var cells: [String]
    var line: Int

    /// The row of a paragraph that is one (tabs or pipes), else nil. A Markdown
    /// separator row (| --- |) is no row.
    init?(_ paragraph: Paragraph) {
        let s = paragraph.scalars
        guard BlockRules.isTableRow(s) else { return nil }
        var cells: [String] = []
        var current: [Unicode.Scalar] = []
        for scalar in s {
            if scalar == "|" || scalar == "\t" {
                cells.append(TextScan.string(current).trimmedSpaces)
                current = []
            } else {
                current.append(scalar)
            }
        }
        cells.append(TextScan.string(current).trimmedSpaces)
        if s.first == "|" { cells.removeFirst() }
        if s.last == "|", !cells.isEmpty { cells.removeLast() }
        if cells.allSatisfy({ $0.allSatisfy { $0 == "-" || $0 == ":" || $0 == " " } }) { return nil }
        self.cells = cells
        line = paragraph.firstLine
    }

    /// True when a cell ends at `i` (past spaces: a tab, a pipe or the end of the text).
    static func endsCell(_ s: [Unicode.Scalar], at i: Int) -> Bool {
        let k = TextScan.skipSpaces(s, i)
        return k == s.count || s[k] == "\t" || s[k] == "|"
    }

    /// Index of the first cell containing any of `words`.
    func column(_ words: [String]) -> Int? {
        cells.firstIndex { cell in words.contains { cell.hasScalars($0) } }
    }

    /// The cell at `index`, if present and not empty.
    func cell(_ index: Int?) -> String? {
        guard let index, index >= 0, index < cells.count, !cells[index].isEmpty else { return nil }
        return cells[index]
    }

    /// The number in the cell at `index` (1,174.46, 90%, 95), if any.
    func number(_ index: Int?) -> (value: ExactDecimal, places: Int)? {
        guard var text = cell(index) else { return nil }
        if text.hasSuffix("%") { text.removeLast() }
        return MoneyParser.parseNumber(text)
    }
}
