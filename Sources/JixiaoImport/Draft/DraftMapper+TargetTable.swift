import JixiaoCore

extension DraftMapper {
    /// The targets of a targets table (绩效指标完成情况表: 一级/二级/三级指标, 指标性质,
    /// 年度指标值, 度量单位, 实际完成值, 分值, 偏差原因), as a report this app wrote has
    /// them; nil when the report has none. Merged level cells carry the row above's levels.
    func targetTable() -> [Target]? {
        var columns: TableColumns?, targets: [Target] = [], levels: [String] = []
        for paragraph in analysis.document.paragraphs {
            guard let row = TableRow(paragraph) else { columns = nil; continue }
            if row.cells.contains(where: { $0.contains("三级指标") }), row.cells.contains(where: { $0.contains("指标值") }) {
                columns = TableColumns(header: row)
                continue
            }
            guard let columns, let name = columns.column(["三级指标"]) else { continue }
            let cells = columns.cells(row, paragraph: paragraph, lines: lines)
            func cell(_ titles: [String]) -> String? {
                columns.column(titles).flatMap { cells[$0] }.flatMap { $0.isEmpty ? nil : $0 }
            }
            guard let targetName = cells[name], !targetName.isEmpty, targets.count < Self.maxTargets else { continue }
            let rowLevels = [cell(["一级指标"]), cell(["二级指标"])]
            if rowLevels.allSatisfy({ $0 != nil }) {
                levels = rowLevels.compactMap { $0 }
            } else if let second = rowLevels[1] {
                levels = Array(levels.prefix(1)) + [second]
            }
            let value = cell(["年度指标值", "指标值"]), actual = cell(["实际完成值"])
            let number: (String?) -> ExactDecimal? = { text in text.flatMap { MoneyParser.parseNumber($0)?.value } }
            targets.append(
                Target(
                    levels: levels, name: targetName,
                    direction: cell(["指标性质", "性质"]).flatMap { Direction(symbol: $0) } ?? .atLeast,
                    targetValue: number(value), targetText: number(value) == nil ? value : nil,
                    unit: cell(["度量单位", "单位"]), actualValue: number(actual),
                    actualText: number(actual) == nil ? actual : nil,
                    maxScore: number(cell(["分值"])), deviationNote: Self.note(cell(["偏差原因"]))))
        }
        return targets.isEmpty ? nil : targets
    }
}
