import JixiaoCore

/// A header cell of a multi-year table read one cell a line: `2023年决算数`, `2022 年预算数`,
/// `2023年度执行数`. The report's figures are the column of its own year that states what
/// was spent (决算, 执行, 实际), never a budget or another year.
struct YearColumn: Equatable {
    var year: Int
    /// True for a column of what was spent (决算数, 执行数, 实际数), false for a budget.
    var spent: Bool

    static let spentWords: [[Unicode.Scalar]] = ["决算", "执行", "实际"].map { Array($0.unicodeScalars) }
    static let budgetWords: [[Unicode.Scalar]] = ["预算"].map { Array($0.unicodeScalars) }

    /// The column a header cell names: a year (年 or 年度 after it), then at most eight
    /// scalars holding one of the spent or budget words.
    init?(_ cell: [Unicode.Scalar]) {
        let s = cell.filter { $0 != " " }
        guard s.count >= 7, s.count <= 14, (0..<4).allSatisfy({ Scalars.isDigit(s[$0]) }), s[4] == "年" else { return nil }
        let rest = Array(s[(s.count > 5 && s[5] == "度" ? 6 : 5)...])
        guard rest.count <= 8, rest.allSatisfy(Scalars.isIdeograph) else { return nil }
        let spent = Self.spentWords.contains { TextScan.find($0, in: rest, from: 0) != nil }
        guard spent || Self.budgetWords.contains(where: { TextScan.find($0, in: rest, from: 0) != nil }) else { return nil }
        year = Int(TextScan.string(s[0..<4])) ?? 0
        self.spent = spent
    }

    /// The index of the one column of `year` that states what was spent.
    static func column(of year: Int, in header: [YearColumn]) -> Int? {
        let matches = header.indices.filter { header[$0].year == year && header[$0].spent }
        return matches.count == 1 ? matches[0] : nil
    }
}
