import JixiaoCore

/// A header cell of a multi-year table read one cell a line: `2023年决算数`, `2022 年预算数`,
/// `2023年度执行数`, `本年决算数`, `上年决算数`. The report's figures are the column of its own
/// year that states what was spent (决算, 执行, 实际数), never a budget or another year.
struct YearColumn: Equatable {
    /// The year written, or nil for 本年 / 上年 (`yearsBack` before the report's year).
    var year: Int?
    var yearsBack: Int
    /// True for a column of what was spent (决算数, 执行数, 实际数), false for a budget.
    var spent: Bool

    /// Not 实际 alone: 2023年实际在职人数 counts people.
    static let spentWords: [[Unicode.Scalar]] = ["决算", "执行", "实际数", "实际支出"].map { Array($0.unicodeScalars) }
    static let budgetWords: [[Unicode.Scalar]] = ["预算"].map { Array($0.unicodeScalars) }

    /// True for a scalar a year column's cell may start with (a digit, 本, 上).
    static func mayStart(_ c: Unicode.Scalar) -> Bool { Scalars.isDigit(c) || c == "本" || c == "上" }

    /// The column a header cell names: a year (2023年, 本年, 上年; 度 may follow), then at
    /// most eight ideographs holding one of the spent or budget words.
    init?(_ cell: [Unicode.Scalar]) {
        let s = cell.filter { $0 != " " }
        guard s.count >= 4, s.count <= 14 else { return nil }
        var k: Int
        if (0..<4).allSatisfy({ Scalars.isDigit(s[$0]) }), s.count > 5, s[4] == "年" {
            year = Int(TextScan.string(s[0..<4]))
            yearsBack = 0
            k = 5
        } else if s[0] == "本" || s[0] == "上", s[1] == "年" {
            year = nil
            yearsBack = s[0] == "上" ? 1 : 0
            k = 2
        } else {
            return nil
        }
        if k < s.count, s[k] == "度" { k += 1 }
        let rest = Array(s[k...])
        guard rest.count <= 8, rest.allSatisfy(Scalars.isIdeograph) else { return nil }
        let spent = Self.spentWords.contains { TextScan.find($0, in: rest, from: 0) != nil }
        guard spent || Self.budgetWords.contains(where: { TextScan.find($0, in: rest, from: 0) != nil }) else { return nil }
        self.spent = spent
    }

    /// The index of the one column of `year` that states what was spent.
    static func column(of year: Int, in header: [YearColumn]) -> Int? {
        let matches = header.indices.filter { (header[$0].year ?? year - header[$0].yearsBack) == year && header[$0].spent }
        return matches.count == 1 ? matches[0] : nil
    }
}
