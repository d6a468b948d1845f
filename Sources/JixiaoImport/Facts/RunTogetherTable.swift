/// A table whose cells a web page or an OCR pass ran together on one line
/// (`三级指标分值年度指标值全年实际值得分` and the rows after it, no tab or pipe between them),
/// read back as rows of cells for `TableCursor`, as if each row were a line of its own.
///
/// A small grammar: a header is a run of known column words (each may carry a note in
/// brackets, (A) (B/A) (万元)); a row is its names (up to the first number outside brackets)
/// and then one cell per column (`RunTogetherTable.Cells`); 总分 takes the score columns. A row
/// is taken only when its cells read one way; when any row does not, no row of the table is
/// taken (a row left out would make the scores that are read add up wrong).
enum RunTogetherTable {
    /// What a column holds, for the cell grammar.
    enum Kind: Equatable {
        case name, number, rate, value, ignored
    }

    struct Column {
        var word: String
        var kind: Kind
        var text: String
    }

    /// Column words, longest first where one begins another.
    static let words: [(String, Kind)] = [
        ("一级指标", .name), ("二级指标", .name), ("三级指标", .name), ("指标性质", .value),
        ("年度指标值", .value), ("全年实际值", .value), ("实际完成值", .value), ("度量单位", .value),
        ("分值", .number), ("权重", .number), ("得分", .number), ("未完成原因", .ignored), ("偏差原因", .ignored),
        ("年初预算数", .number), ("全年预算数", .number), ("全年执行数", .number), ("执行率", .rate),
    ]
    static let scalarWords = words.map { (Array($0.0.unicodeScalars), $0.1) }
    /// The first scalars of the column words: a header can start only at one of them.
    static let firstScalars = Set(scalarWords.compactMap(\.0.first))
    static let scoreWord = Array("得分".unicodeScalars)

    /// The rows of the tables run together in `paragraph`, or nil when it holds none.
    static func rows(_ paragraph: Paragraph) -> [TableRow]? {
        let s = paragraph.scalars
        guard s.count >= 40, TextScan.find(scoreWord, in: s, from: 0) != nil else { return nil }
        var rows: [TableRow] = []
        var i = 0
        while i < s.count {
            guard firstScalars.contains(s[i]), let (columns, end) = header(s, at: i) else { i += 1; continue }
            let line = paragraph.line(at: i)
            var table = [TableRow(cells: columns.map(\.text), line: line)]
            let body = columns.contains { $0.word == "全年预算数" } ? fundsRow(s, from: end, columns) : itemRows(s, from: end, columns)
            if let (read, next) = body {
                table += read.map { TableRow(cells: $0.cells, line: paragraph.line(at: $0.start)) }
                rows += expandingValues(table, columns)
                i = next
            } else {
                i = end
            }
        }
        return rows.isEmpty ? nil : rows
    }

    /// The table with each target cell (≥266米) as the three cells a report's table has
    /// (指标性质, 年度指标值, 度量单位), and the actual value's number alone.
    static func expandingValues(_ table: [TableRow], _ columns: [Column]) -> [TableRow] {
        table.enumerated().map { index, row in
            var out = row
            out.cells = []
            for (column, cell) in zip(columns, row.cells) {
                let (sign, number, unit) = index == 0 ? ("", cell, "") : valueParts(cell)
                switch column.word {
                case "年度指标值": out.cells += index == 0 ? ["指标性质", cell, "度量单位"] : [sign, number, unit]
                case "全年实际值", "实际完成值": out.cells.append(index == 0 ? cell : number)
                default: out.cells.append(cell)
                }
            }
            return out
        }
    }

    /// A value cell as sign, number and unit (≥ 266 米); a text is the number's part alone.
    static func valueParts(_ cell: String) -> (String, String, String) {
        let s = Array(cell.unicodeScalars)
        var i = 0
        if i < s.count, isSign(s[i]) { i += 1 }
        var j = i
        while j < s.count, Scalars.isDigit(s[j]) || s[j] == "." { j += 1 }
        guard j > i else { return ("", cell, "") }
        return (TextScan.string(s[..<i]), TextScan.string(s[i..<j]), TextScan.string(s[j...]))
    }

    /// A header at `i`: three or more column words in a row, one of them 得分.
    static func header(_ s: [Unicode.Scalar], at start: Int) -> ([Column], Int)? {
        var columns: [Column] = []
        var i = start
        while let (word, kind) = scalarWords.first(where: { TextScan.has($0.0, s, at: i) }) {
            var end = i + word.count
            if kind == .ignored, let close = TextScan.find(Array("措施".unicodeScalars), in: s, from: end, limit: end + 14) {
                end = close + 2
            }
            if end < s.count, s[end] == "(", let close = s[end..<min(s.count, end + 8)].firstIndex(of: ")") { end = close + 1 }
            columns.append(Column(word: TextScan.string(word), kind: kind, text: TextScan.string(s[i..<end])))
            i = end
        }
        guard columns.count >= 3, columns.contains(where: { $0.word == "得分" }) else { return nil }
        // The funds row's label sits in a column of its own before the amounts.
        if columns.first?.kind == .number { columns.insert(Column(word: "", kind: .name, text: ""), at: 0) }
        return (columns, i)
    }
}
