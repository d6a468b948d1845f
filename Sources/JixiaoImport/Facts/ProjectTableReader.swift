import JixiaoCore

/// The one reader of report tables: the project self-evaluation table (report-format.md
/// §2) — header pairs (项目名称, 实施单位 …), the funds row with its 执行率, the
/// indicator rows with direction, target, unit, actual, maximum, score and deviation
/// note, 总分 and 自评等级 — and the score tables of department reports (三级指标 |
/// 分值 | 得分, merged leading cells dropped). Rows are told apart by `TableCursor`.
enum ProjectTableReader {
    static let labels = ["项目名称", "主管部门", "实施单位", "项目负责人", "填报人", "联系电话", "填报日期"]

    /// Reads the tables into `facts` from the steps a `TableCursor` took through the
    /// report; returns the paragraphs of the rows it read as table rows (their prose
    /// scores give way to the scores read by column).
    @discardableResult
    static func read(_ steps: [TableCursor.Step], _ structure: DocumentStructure, into facts: inout ReportFacts) -> Set<Int> {
        var consumed = Set<Int>()
        for step in steps {
            let p = step.paragraph
            pairs(step.row, into: &facts)
            if step.wasInTable { consumed.insert(p) }
            switch step.role {
            case .prose, .header, .other: break
            case .total(let row):
                // The row read by its columns wins over the prose pass's read of the same row
                // (总分 | 100 | 97.5 gave the 分值 100 to a label followed by a number).
                if facts.selfScore == nil || facts.selfScore?.line == row.line,
                    let score = totalScore(row, written: step.row, column: step.scoreColumn)
                {
                    facts.selfScore = Fact(score, line: row.line)
                }
            case .funds(let row):
                if let budget = step.budget { fundsRow(row, budget, paragraph: p, into: &facts) }
            case .item(let row, let name):
                if let indicators = step.indicators {
                    indicatorRow(row, name: name, indicators, paragraph: p, heading: structure.owner[p], into: &facts)
                }
            }
        }
        return consumed
    }

    /// The score of a 总分 row: its score column, unless merged cells left the row short and
    /// all it holds after its label is 分值 and 得分 (总分 | 100 | 97.5), where aligning it
    /// to the right would put 分值 under 得分.
    static func totalScore(_ aligned: TableRow, written: TableRow, column: Int?) -> ExactDecimal? {
        if written.cells.count < aligned.cells.count {
            let values = written.cells.dropFirst().filter { !$0.isEmpty }
            let numbers = values.compactMap { MoneyParser.parseNumber($0)?.value }
            if values.count == 2, numbers.count == 2 { return numbers[1] }
        }
        return aligned.number(column)?.value
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
