import JixiaoCore

/// The header of a tab- or pipe-separated table whose columns are periods: `项目 | 上年数 | 本年数`,
/// `项目	2021年决算数	2022年决算数`, `预算数 | 决算数`. A row under it states the report's figure
/// in the one column of the report's year that states what was spent; a number in another
/// period's column (上年, another year, a budget) is never the report's figure.
struct PeriodColumns {
    /// `unknown`: a written year while the report's year is not known yet; `none`: 项目, 执行率.
    enum Period { case current, other, unknown, none }

    var periods: [Period]

    /// Words that open a column of an earlier period or a comparison.
    static let otherStarts = TraditionalForms.scalarWords(["上年", "上期", "去年", "同期", "上一年"])
    /// Words that open a column of the report's own period.
    static let currentStarts = TraditionalForms.scalarWords(["本年", "本期", "当年", "本年度"])
    static let spentWords = TraditionalForms.scalarWords(["决算", "执行", "实际", "完成"])
    static let budgetWords = TraditionalForms.scalarWords(["预算"])

    /// The header in the cells of one row, when at least one column is another period's;
    /// `year` is the report's year as far as it is known (a column of a written year needs it).
    init?(_ cells: [[Unicode.Scalar]], year: Int?) {
        guard cells.count >= 2, cells.count <= 12 else { return nil }
        var periods: [Period] = []
        for cell in cells {
            let c = cell.filter { $0 != " " }
            guard c.count <= 16 else { return nil }
            periods.append(Self.period(c, year: year))
        }
        // Two periods at least (上年数 | 本年数): one year's cell is a value (所属年度 | 2022年度).
        guard periods.contains(where: { $0 == .other || $0 == .unknown }), periods.filter({ $0 != .none }).count >= 2 else { return nil }
        self.periods = periods
    }

    /// 上年数 → other; 本年数, 2023年决算数 (the report's year) → current; 2022年 → other;
    /// 预算数 → other; 决算数 alone → current; a written year before the report's is known → unknown.
    static func period(_ c: [Unicode.Scalar], year: Int?) -> Period {
        // 执行率, 增长率: a rate, no period's amounts.
        if c.last == "率" { return .none }
        let budget = budgetWords.contains { TextScan.find($0, in: c, from: 0) != nil }
        let spent = spentWords.contains { TextScan.find($0, in: c, from: 0) != nil }
        if otherStarts.contains(where: { TextScan.has($0, c, at: 0) }) { return .other }
        if c.count >= 5, c[4] == "年", let written = FactExtractor.year(c, before: 4) {
            guard let year else { return .unknown }
            return written == year && (spent || !budget) ? .current : .other
        }
        if currentStarts.contains(where: { TextScan.has($0, c, at: 0) }) { return budget && !spent ? .other : .current }
        if budget && !spent { return .other }
        if spent, c.count <= 6 { return .current }
        return .none
    }

    /// The offset where the report's figure stands in a row whose number at `offset` was found
    /// after its label: the offset itself when its column is the current one or names no
    /// period, the start of the current column's cell when it is another period's (the row
    /// must have the header's cells), else nil (nothing to read).
    func figureOffset(_ s: [Unicode.Scalar], line: Range<Int>, number offset: Int) -> Int? {
        var starts: [Int] = []
        var k = line.lowerBound
        if k < line.upperBound, s[k] == "|" { k += 1 }
        starts.append(k)
        var column: Int? = nil
        while k < line.upperBound {
            if k == offset { column = starts.count - 1 }
            if s[k] == "|" || s[k] == "\t" { starts.append(k + 1) }
            k += 1
        }
        guard let column, column < periods.count, periods[column] == .other || periods[column] == .unknown else { return offset }
        guard let current = periods.firstIndex(where: { $0 == .current }),
            periods.lastIndex(where: { $0 == .current }) == current,
            cellCount(s, line) == periods.count, current < starts.count
        else { return nil }
        return TextScan.skipSpaces(s, starts[current])
    }

    /// The cells of a row as `TableRow` counts them (a leading and a trailing pipe open and close it).
    func cellCount(_ s: [Unicode.Scalar], _ line: Range<Int>) -> Int {
        var count = 1
        for k in line where s[k] == "|" || s[k] == "\t" { count += 1 }
        let trimmed = s[line].filter { $0 != " " }
        if trimmed.first == "|" { count -= 1 }
        if trimmed.last == "|", trimmed.count > 1 { count -= 1 }
        return count
    }
}
