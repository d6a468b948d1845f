/// Follows the tables of a report row by row: which header is in force (the funds
/// header 全年预算数 …, or the indicator header 三级指标 | 分值 | 得分 …), and what each
/// row is under it. `ProjectTableReader` reads the facts of the rows; the prose pass
/// asks the same cursor which rows are indicator items, whose cells it must not read as text.
struct TableCursor {
    /// What a paragraph is to the table reader.
    enum Role {
        case prose
        case header
        /// A row of a table: the funds row, an indicator item, the 总分 row, or another row.
        case funds(TableRow)
        case item(TableRow, name: String)
        case total(TableRow)
        case other(TableRow)
    }

    /// What the cursor made of one paragraph that is no prose, kept so that
    /// `ProjectTableReader` walks the tables without reading the rows again.
    struct Step {
        var paragraph: Int
        var wasInTable: Bool
        var role: Role
        /// The row as read (before aligning).
        var row: TableRow
        var budget: [String: Int]?
        var indicators: [String: Int]?
        var scoreColumn: Int?
    }

    private(set) var budget: [String: Int]? = nil
    private(set) var indicators: [String: Int]? = nil
    private var width = 0

    /// The role of paragraph `p`, adding a step to `steps` when it is no prose.
    mutating func next(_ paragraph: Paragraph, index p: Int, steps: inout [Step]) -> Role {
        let wasInTable = inTable
        // Prose ends a table; a Markdown separator row (| --- |) continues it.
        guard BlockRules.isTableRow(paragraph.scalars) else { budget = nil; indicators = nil; return .prose }
        guard let row = TableRow(paragraph) else { return .prose }
        let role = next(row)
        steps.append(
            Step(
                paragraph: p, wasInTable: wasInTable, role: role, row: row, budget: budget,
                indicators: indicators, scoreColumn: scoreColumn))
        return role
    }

    /// The rows of a table run together in one paragraph (`RunTogetherTable`), each taken as
    /// a paragraph of its own; the table ends with the paragraph.
    mutating func next(rows: [TableRow], index p: Int, steps: inout [Step]) {
        for row in rows {
            let wasInTable = inTable
            let role = next(row)
            steps.append(
                Step(
                    paragraph: p, wasInTable: wasInTable, role: role, row: row, budget: budget,
                    indicators: indicators, scoreColumn: scoreColumn))
        }
        budget = nil
        indicators = nil
    }

    /// The role of the next row.
    private mutating func next(_ row: TableRow) -> Role {
        if Self.header(row, ["全年预算数", "调整后预算数"]) != nil {
            budget = Self.columns(
                row,
                [
                    ("initial", ["年初预算数", "年初预算"]), ("adjusted", ["全年预算数", "调整后预算数"]),
                    ("executed", ["全年执行数", "预算执行数", "执行数"]), ("max", ["分值", "权重"]),
                    ("rate", ["执行率"]), ("score", ["得分"]),
                ])
            width = row.cells.count
            return .header
        }
        if Self.header(row, ["指标性质"]) != nil || (Self.header(row, ["年度指标值"]) != nil && Self.header(row, ["分值", "权重"]) != nil)
            || (Self.header(row, ["三级指标"]) != nil && Self.header(row, ["得分"]) != nil)
        {
            indicators = Self.columns(
                row,
                [
                    ("name", ["三级指标"]), ("direction", ["指标性质"]), ("target", ["年度指标值", "指标值"]),
                    ("unit", ["度量单位", "计量单位"]), ("actual", ["实际完成值", "完成值", "实际值"]),
                    ("max", ["分值", "权重"]), ("score", ["得分"]), ("note", ["偏差", "原因"]),
                ])
            width = row.cells.count
            return .header
        }
        let aligned = Self.align(row, width: width)
        if let first = row.cells.first, first.hasScalars("总分") || first == "合计" || first == "总计" { return .total(aligned) }
        if let budget, let first = row.cells.first, first.hasScalars("资金总额") || first.hasScalars("项目资金") || first == "总额" {
            // The funds label sits in the column before the first amount (年度预算数 over 总额),
            // whatever the header holds to its left.
            let label = [budget["initial"], budget["adjusted"], budget["executed"]].compactMap { $0 }.min().map { $0 - 1 } ?? 0
            var shifted = row
            if label > 0 { shifted.cells = Array(repeating: "", count: label) + row.cells }
            // A header with no cell left of its amounts (its empty first cell lost): the label is the row's extra cell.
            if label < 0 { shifted.cells = Array(row.cells.dropFirst()) }
            return .funds(shifted)
        }
        if let indicators, let column = indicators["name"], column < aligned.cells.count,
            aligned.cell(indicators["max"]) != nil || aligned.cell(indicators["score"]) != nil,
            // A leaf that sits higher in the tree (预算执行率 as a 一级指标) has its name further left.
            let name = aligned.cells[...column].last(where: { !$0.isEmpty }),
            // 决策 | 小计 | | 20 | 18: a group's subtotal, never added to its own items.
            !name.hasScalars("小计"), name != "合计"
        {
            return .item(aligned, name: name)
        }
        return .other(aligned)
    }

    /// The columns of the funds or indicator table in force.
    var inTable: Bool { budget != nil || indicators != nil }
    var scoreColumn: Int? { (indicators ?? budget)?["score"] }

    static func columns(_ row: TableRow, _ names: [(String, [String])]) -> [String: Int] {
        var map: [String: Int] = [:]
        for (key, words) in names { if let index = key == "score" ? latestHeader(row, words) : header(row, words) { map[key] = index } }
        return map
    }

    static let priorYearWords = ["上年", "去年", "上一年", "上年度"]

    /// The score column when a table gives scores of two years side by side (2022年得分 |
    /// 2023年得分, 上年得分 | 本年得分): the latest year's, never a prior year's.
    static func latestHeader(_ row: TableRow, _ words: [String]) -> Int? {
        let matches = row.cells.indices.filter { index in
            let cell = row.cells[index]
            return cell.unicodeScalars.count <= 12 && words.contains { cell.hasScalars($0) }
        }
        guard matches.count > 1 else { return matches.first }
        let current = matches.filter { index in !priorYearWords.contains { row.cells[index].hasScalars($0) } }
        func year(_ index: Int) -> Int { Int(String(row.cells[index].prefix(4))) ?? 0 }
        return current.max { year($0) < year($1) } ?? matches.first
    }

    /// The column of a header cell naming any of `words`. Header cells are short, so a
    /// 评分说明 that mentions 全年预算数 does not start a table.
    static func header(_ row: TableRow, _ words: [String]) -> Int? {
        row.cells.firstIndex { cell in cell.unicodeScalars.count <= 12 && words.contains { cell.hasScalars($0) } }
    }

    /// A row with merged leading cells has fewer cells: align it to the right.
    static func align(_ row: TableRow, width: Int) -> TableRow {
        guard width > row.cells.count else { return row }
        var aligned = row
        aligned.cells = Array(repeating: "", count: width - row.cells.count) + row.cells
        return aligned
    }
}
