import JixiaoCore

extension FactExtractor {
    /// A tab- or pipe-separated row that heads period columns (上年数 | 本年数) starts a
    /// `PeriodColumns` header for the rows under it; prose ends it.
    mutating func notePeriodHeader(_ paragraph: Paragraph) {
        let s = paragraph.scalars
        guard BlockRules.isTableRow(s) else {
            periodColumns = nil
            return
        }
        // A row that states a figure (digits not followed by 年) is no header: most rows, no cells made.
        guard paragraph.pieces.count == 1, !Self.statesFigure(s), let row = TableRow(paragraph) else { return }
        if let header = PeriodColumns(row.cells.map { Array($0.unicodeScalars) }, year: yearSoFar()) { periodColumns = header }
    }

    /// True when digits stand in `s` other than as a year (2022年).
    static func statesFigure(_ s: [Unicode.Scalar]) -> Bool {
        var k = 0
        while k < s.count {
            guard Scalars.isDigit(s[k]) else {
                k += 1
                continue
            }
            var end = k
            while end < s.count, Scalars.isDigit(s[end]) { end += 1 }
            if end - k != 4 || end == s.count || s[end] != "年" { return true }
            k = end
        }
        return false
    }

    /// The report's year as far as the text so far tells it, as `finishMeta` decides it at the end:
    /// the title's, else the most written `N年度`, else the most written `N年`.
    mutating func yearSoFar() -> Int? {
        if titleYearCache == nil { titleYearCache = .some(titleYear()?.value) }
        if let year = titleYearCache ?? nil { return year }
        func mostWritten(_ counts: [Int: (count: Int, line: Int)]) -> Int? {
            counts.max(by: { ($0.value.count, -$0.value.line) < ($1.value.count, -$1.value.line) })?.key
        }
        return mostWritten(yearCounts) ?? mostWritten(bareYearCounts)
    }

    /// The offset of the report's figure in a row under a `PeriodColumns` header, for the number
    /// found at `number` after a label; nil when the row gives none (another period's column).
    func periodFigure(_ s: [Unicode.Scalar], _ paragraph: Paragraph, number: Int) -> Int? {
        guard let periodColumns else { return number }
        let line = OrganisationName.lines(of: paragraph).first { $0.start <= number && number < $0.end } ?? (0, s.count)
        return periodColumns.figureOffset(s, line: line.start..<line.end, number: number)
    }

    /// True when a year other than the report's is written right before a label
    /// (2022年收入合计… in a 2023 report): that year's figure, not the report's.
    mutating func otherYear(_ s: [Unicode.Scalar], before start: Int) -> Bool {
        var k = start
        // 上年(2022年)收入合计: the year in brackets.
        if k > 0, s[k - 1] == ")" { k -= 1 }
        // 2022年度, 2022年末, 2021年年末, 2022年底.
        if k > 1, s[k - 1] == "末" || s[k - 1] == "底" { k -= s[k - 2] == "年" && k > 6 && s[k - 3] == "年" ? 2 : 1 }
        if k > 0, s[k - 1] == "度" { k -= 1 }
        guard k > 4, s[k - 1] == "年", let written = Self.year(s, before: k - 1), let year = yearSoFar() else { return false }
        return written != year
    }
}
