import JixiaoCore

/// Reads the project self-evaluation table (report-format.md §2): the header pairs
/// (项目名称, 实施单位 …), the funds row with its 执行率, the indicator rows with
/// direction, target, unit, actual, maximum, score and deviation note, 总分 and 自评等级.
enum ProjectTableReader {
    static let labels = ["项目名称", "主管部门", "实施单位", "项目负责人", "填报人", "联系电话", "填报日期"]

    /// Reads the tables into `facts`; returns the paragraphs of the rows it read as
    /// table rows (their text must not be read again as prose).
    @discardableResult
    static func read(_ structure: DocumentStructure, into facts: inout ReportFacts) -> Set<Int> {
        var budget: [String: Int]? = nil
        var indicators: [String: Int]? = nil
        var width = 0
        var consumed = Set<Int>()
        for (p, paragraph) in structure.document.paragraphs.enumerated() {
            guard let row = TableRow(paragraph) else {
                // A Markdown separator row (| --- |) continues the table; prose ends it.
                if !BlockRules.isTableRow(paragraph.scalars) { budget = nil; indicators = nil }
                continue
            }
            pairs(row, into: &facts)
            if budget != nil || indicators != nil { consumed.insert(p) }
            if row.column(["全年预算数", "调整后预算数"]) != nil {
                budget = columns(row, [("initial", ["年初预算数"]), ("adjusted", ["全年预算数", "调整后预算数"]),
                                       ("executed", ["全年执行数", "预算执行数", "执行数"]), ("max", ["分值", "权重"]),
                                       ("rate", ["执行率"]), ("score", ["得分"])])
                width = row.cells.count
                continue
            }
            if row.column(["指标性质"]) != nil || (row.column(["年度指标值"]) != nil && row.column(["分值", "权重"]) != nil)
                || (row.column(["三级指标"]) != nil && row.column(["得分"]) != nil) {
                indicators = columns(row, [("name", ["三级指标"]), ("direction", ["指标性质"]), ("target", ["年度指标值", "指标值"]),
                                           ("unit", ["度量单位", "计量单位"]), ("actual", ["实际完成值", "完成值"]),
                                           ("max", ["分值", "权重"]), ("score", ["得分"]), ("note", ["偏差", "原因"])])
                width = row.cells.count
                continue
            }
            let aligned = align(row, width: width)
            if let first = row.cells.first, first.hasScalars("总分") || first == "合计" {
                if facts.selfScore == nil, let score = aligned.number((indicators ?? budget)?["score"]) {
                    facts.selfScore = Fact(score.value, line: row.line)
                }
                continue
            }
            if let budget, row.cells.first.map({ $0.hasScalars("资金总额") || $0.hasScalars("项目资金") }) == true {
                fundsRow(aligned, budget, paragraph: p, into: &facts)
            } else if let indicators, aligned.cell(indicators["name"]) != nil, aligned.cell(indicators["max"]) != nil {
                indicatorRow(aligned, indicators, paragraph: p, into: &facts)
            }
        }
        return consumed
    }

    static func columns(_ row: TableRow, _ names: [(String, [String])]) -> [String: Int] {
        var map: [String: Int] = [:]
        for (key, words) in names { if let index = row.column(words) { map[key] = index } }
        return map
    }

    /// A row with merged leading cells has fewer cells: align it to the right.
    static func align(_ row: TableRow, width: Int) -> TableRow {
        guard width > row.cells.count else { return row }
        var aligned = row
        aligned.cells = Array(repeating: "", count: width - row.cells.count) + row.cells
        return aligned
    }

    static func pairs(_ row: TableRow, into facts: inout ReportFacts) {
        for (index, cell) in row.cells.enumerated() where index + 1 < row.cells.count {
            let value = row.cells[index + 1]
            guard !value.isEmpty else { continue }
            switch cell {
            case "实施单位": facts.unitName = Fact(value, line: row.line)
            case "主管部门": if facts.unitName == nil { facts.unitName = Fact(value, line: row.line) }
            case "项目负责人", "填报人": if facts.filedBy == nil { facts.filedBy = Fact(value, line: row.line) }; facts.hasCover = true
            case "联系电话": if facts.phone == nil { facts.phone = Fact(value, line: row.line) }
            case "填报日期": if facts.filedOn == nil { facts.filedOn = Fact(value, line: row.line) }
            case "自评等级", "评价等级":
                if facts.statedGrade == nil, let grade = GradeCheck.grade(named: value) { facts.statedGrade = Fact(grade, line: row.line) }
            default: break
            }
        }
    }
}
