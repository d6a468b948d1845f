import JixiaoCore

/// The funds row of a project table read one cell a line (a web page's table copied as
/// text): the header cells (年初 / 预算数 / 全年 / 执行数 / 分值 / 执行率 / 得分, a header
/// word may be split over two lines) in the short paragraphs before the row label
/// (年度资金总额), then one number a paragraph. Read only when the numbers are as many as
/// the header's columns, so that an empty cell never shifts a value into the wrong column.
enum CellLineTable {
    /// Header words and the column each names, longest first where one holds another.
    static let headerWords: [(word: [Unicode.Scalar], key: String)] = [
        ("年初预算数", "initial"), ("全年预算数", "adjusted"), ("调整后预算数", "adjusted"), ("预算数", "adjusted"),
        ("全年执行数", "executed"), ("预算执行数", "executed"), ("执行数", "executed"), ("分值", "max"), ("权重", "max"),
        ("执行率", "rate"), ("得分", "score"),
    ].map { (Array($0.0.unicodeScalars), $0.1) }

    static let rowLabel = Array("资金总额".unicodeScalars)

    /// True for an input line that may be the row label: short and ending in 资金总额
    /// (checked on every line, so by its length and last scalar first).
    static func isRowLabel(_ s: ArraySlice<Unicode.Scalar>) -> Bool {
        s.count <= 10 && s.last == "额" && s.count >= rowLabel.count && s.suffix(rowLabel.count).elementsEqual(rowLabel)
    }

    /// One input line of the paragraphs around a row label: a cell.
    struct Cell {
        var scalars: [Unicode.Scalar]
        var line: Int
    }

    /// The input lines of paragraphs `range`, trimmed, and the index of the one at `line`.
    static func cells(_ paragraphs: [Paragraph], _ range: Range<Int>) -> [Cell] {
        var cells: [Cell] = []
        for paragraph in paragraphs[range] {
            for piece in OrganisationName.lines(of: paragraph) {
                let text = paragraph.scalars[piece.start..<piece.end].drop(while: { $0 == " " })
                let trimmed = Array(text.reversed().drop(while: { $0 == " " }).reversed())
                if !trimmed.isEmpty { cells.append(Cell(scalars: trimmed, line: paragraph.line(at: piece.start))) }
            }
        }
        return cells
    }

    /// The funds row whose label is the input line `line` of paragraph `p`, with its columns
    /// as `TableCursor` names them.
    static func fundsRow(_ paragraphs: [Paragraph], at p: Int, line: Int) -> (row: TableRow, columns: [String: Int])? {
        let cells = cells(paragraphs, max(0, p - 16)..<min(paragraphs.count, p + 8))
        guard let label = cells.firstIndex(where: { $0.line == line && isRowLabel($0.scalars[...]) }) else { return nil }
        var header: [Unicode.Scalar] = []
        var k = label - 1
        // The header: the short lines before the label, their bracketed notes dropped.
        while k >= 0, label - k <= 16, cells[k].scalars.count <= 16, number(cells[k].scalars) == nil {
            header = withoutNotes(cells[k].scalars) + header
            k -= 1
        }
        var keys: [String] = []
        var i = 0
        while i < header.count {
            if let match = headerWords.first(where: { TextScan.has($0.word, header, at: i) }) {
                if !keys.contains(match.key) { keys.append(match.key) }
                i += match.word.count
            } else {
                i += 1
            }
        }
        guard keys.contains("executed") || keys.contains("adjusted"), keys.count >= 2 else { return nil }
        var row = [TextScan.string(cells[label].scalars)]
        var j = label + 1
        while j < cells.count, row.count <= keys.count + 1, number(cells[j].scalars) != nil {
            row.append(TextScan.string(cells[j].scalars))
            j += 1
        }
        guard row.count == keys.count + 1 else { return nil }
        var columns: [String: Int] = [:]
        for (index, key) in keys.enumerated() { columns[key] = index + 1 }
        return (TableRow(cells: row, line: line), columns)
    }

    /// The number a paragraph is and nothing else (43.2, 86%, 1,203.50).
    static func number(_ s: [Unicode.Scalar]) -> ExactDecimal? {
        guard !s.isEmpty, s.count <= 16, Scalars.isDigit(s[0]) else { return nil }
        var text = TextScan.string(s)
        if text.hasSuffix("%") { text.removeLast() }
        return MoneyParser.parseNumber(text)?.value
    }

    /// A header cell without its bracketed note ((B/A), (20分*执行率), an unclosed (万元).
    static func withoutNotes(_ s: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        var depth = 0
        for c in s {
            if c == "(" { depth += 1 } else if c == ")" { depth = max(0, depth - 1) } else if depth == 0, c != " " { out.append(c) }
        }
        return out
    }
}

extension TableRow {
    /// A row built from cells read another way (one a paragraph).
    init(cells: [String], line: Int) {
        self.cells = cells
        self.line = line
    }
}
