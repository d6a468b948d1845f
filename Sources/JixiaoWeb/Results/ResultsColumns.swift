import JixiaoCore
import JixiaoRender

/// The columns of the 结果应用 view, shared by the page and the .xlsx.
enum ResultsColumns {
    static let titles = [
        "单位编码", "单位名称", "自评状态", "自评等级", "自评得分", "监控截至", "总体监控灯", "预算执行灯",
        "预算执行率", "时间进度", "未完成整改", "预算安排建议", "依据",
    ]

    /// The row as the page writes it (dashes where there is nothing).
    static func texts(_ row: ResultUseRow) -> [String] {
        [
            row.unitCode, row.unitName, row.status?.label ?? "无自评", row.grade?.rawValue ?? "—",
            NumberFormat.text(row.score, .score), row.lights?.asOf.iso ?? "—", row.lights?.overall?.label ?? "—",
            row.lights?.budget?.label ?? "—", percent(row.lights?.budgetRate), percent(row.lights?.timeProgress),
            String(row.openRectifications), row.suggestion.treatment ?? "—", row.suggestion.reason,
        ]
    }

    /// The row as .xlsx cells: scores, rates and counts stay numbers.
    static func cells(_ row: ResultUseRow) -> [ReportCell] {
        let texts = texts(row)
        return texts.prefix(4).map { .text($0) } + [row.score.map { .number($0, places: 2) } ?? .empty]
            + texts[5..<8].map { .text($0) }
            + [
                row.lights?.budgetRate.map { .number($0, places: 2) } ?? .empty,
                row.lights.map { .number($0.timeProgress, places: 2) } ?? .empty,
                .number(ExactDecimal(row.openRectifications), places: 0),
            ] + texts[11...].map { .text($0) }
    }

    /// The .xlsx table of `rows`.
    static func table(_ rows: [ResultUseRow], year: Int) -> ReportTable {
        let numeric: Set<Int> = [4, 8, 9, 10]
        let columns = titles.enumerated().map { index, title in
            ReportColumn(index == 8 || index == 9 ? title + "（%）" : title, weight: index >= 11 ? 4 : 2, numeric: numeric.contains(index))
        }
        return ReportTable(
            name: "结果应用", caption: "\(year)年度绩效评价结果应用", columns: columns,
            rows: rows.map { ReportRow(cells($0), fills: fills($0)) })
    }

    /// The light cells (总体监控灯, 预算执行灯) coloured as their light; the word stays in the cell.
    static func fills(_ row: ResultUseRow) -> [Int: CellFill] {
        var fills: [Int: CellFill] = [:]
        if let overall = row.lights?.overall { fills[6] = CellFill(overall) }
        if let budget = row.lights?.budget { fills[7] = CellFill(budget) }
        return fills
    }

    /// A percentage that is already ×100 (25.00 → 25.00%), or a dash.
    static func percent(_ value: ExactDecimal?) -> String { value.map { $0.formatted(places: 2) + "%" } ?? "—" }
}
