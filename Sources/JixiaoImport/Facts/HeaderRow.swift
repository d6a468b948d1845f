import JixiaoCore

/// The header row of a table whose values stand in the next row, cells separated by tabs,
/// pipes or spaces: `本年收入合计 | 本年支出合计 | 年末结转结余` over `2531.60 | 2498.30 | 33.30`.
/// Every cell must be a label the reader knows (an amount, a headcount or a total score;
/// `(万元)` after it gives the column's unit), so that a header of other columns (上年数,
/// 预算数, 项目) pairs nothing. An OCR pass may run the values together
/// (`1,286.401,274.1512.25`): they are split where each amount ends two decimals after its
/// point, and taken only when that gives exactly one amount a column.
struct HeaderRow {
    struct Column {
        var cue: FactCue
        var unit: MoneyParser.WrittenUnit?
        /// A rate column (控制率, 执行率) beside the labels: its value is read past, not taken.
        var ignored = false
    }

    var columns: [Column]

    /// The header in the input line `s[range]`, or nil when it is none.
    init?(_ s: [Unicode.Scalar], _ range: Range<Int>) {
        // Most lines start with no label: no copy for them.
        guard range.count <= 120, FactCue.index.match(s, at: range.lowerBound) != nil else { return nil }
        let cells = Self.cells(s[range])
        guard cells.count >= 2, cells.count <= 8 else { return nil }
        var columns: [Column] = []
        for cell in cells {
            let a = Array(cell)
            if a.count <= 8, a.last == "率", let first = columns.first {
                columns.append(Column(cue: first.cue, unit: nil, ignored: true))
                continue
            }
            guard let cue = FactCue.index.match(a, at: 0), Self.readable(cue.kind) else { return nil }
            if cue.word.count == a.count {
                columns.append(Column(cue: cue.kind, unit: nil))
            } else if a.count - cue.word.count <= 6, let unit = FactExtractor.declaredUnit(a[cue.word.count...]) {
                columns.append(Column(cue: cue.kind, unit: unit))
            } else {
                return nil
            }
        }
        guard columns.filter({ !$0.ignored }).count >= 2 else { return nil }
        self.columns = columns
    }

    static func readable(_ kind: FactCue) -> Bool {
        switch kind {
        case .amount, .amountAtStart, .staffAuthorized, .staffActual, .totalScore, .selfScoreLoose: return true
        default: return false
        }
    }

    /// The cells of a row: split at tabs and pipes, else at runs of spaces.
    static func cells(_ line: ArraySlice<Unicode.Scalar>) -> [ArraySlice<Unicode.Scalar>] {
        let separated = line.contains("\t") || line.contains("|")
        return line.split(whereSeparator: { separated ? $0 == "\t" || $0 == "|" : $0 == " " })
            .map { cell in
                var c = cell
                while c.first == " " { c = c.dropFirst() }
                while c.last == " " { c = c.dropLast() }
                return c
            }
            .filter { !$0.isEmpty }
    }

    /// One number a column in the row `s[range]`, or nil when the row does not give that.
    func values(_ s: [Unicode.Scalar], _ range: Range<Int>) -> [TextScan.Number]? {
        let cells = Self.cells(s[range]).map(Array.init)
        if cells.count == columns.count {
            var numbers: [TextScan.Number] = []
            for (cell, column) in zip(cells, columns) {
                guard let number = TextScan.number(cell, at: 0),
                    number.end == cell.count || column.ignored && number.end == cell.count - 1 && cell.last == "%"
                else { return nil }
                numbers.append(number)
            }
            return numbers
        }
        guard cells.count == 1, columns.count >= 2, !columns.contains(where: \.ignored) else { return nil }
        return Self.glued(cells[0], count: columns.count)
    }

    /// Amounts with two decimals each, run together into one string of digits.
    static func glued(_ s: [Unicode.Scalar], count: Int) -> [TextScan.Number]? {
        guard s.allSatisfy({ Scalars.isDigit($0) || $0 == "," || $0 == "." }) else { return nil }
        var numbers: [TextScan.Number] = []
        var start = 0
        while start < s.count {
            guard let point = s[start...].firstIndex(of: "."), point + 3 <= s.count, point > start else { return nil }
            let piece = Array(s[start..<(point + 3)])
            guard let number = TextScan.number(piece, at: 0), number.end == piece.count, number.places == 2 else { return nil }
            numbers.append(number)
            start = point + 3
        }
        return numbers.count == count ? numbers : nil
    }
}
