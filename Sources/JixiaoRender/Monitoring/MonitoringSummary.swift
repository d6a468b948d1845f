import Foundation
import JixiaoCore

/// The 监控情况汇总表 of one or many monitoring rounds, as budget staff read it in Excel:
/// a sheet with one row per target of every round (its light as a word and as the cell's
/// colour, with the arithmetic beside it), and a sheet with the budget row of each round.
public struct MonitoringSummary: Sendable {
    /// One round with its lights.
    public struct Entry: Sendable {
        public var round: MonitoringRound
        public var result: MonitoringResult

        public init(round: MonitoringRound, result: MonitoringResult) {
            self.round = round
            self.result = result
        }
    }

    public var entries: [Entry]
    /// The line under the title (年度, 筛选条件 …); by default the years and dates of the rounds.
    public var context: String?

    public init(entries: [Entry], context: String? = nil) {
        self.entries = entries
        self.context = context
    }

    /// The .xlsx bytes.
    public func xlsx() throws -> Data {
        try XlsxRenderer.render(tables: [targetsTable, budgetTable], title: MonitoringLabels.summaryTitle, meta: contextLine)
    }

    /// 2025年度　数据截至 2025-07-31　共 3 轮, from the rounds themselves unless `context` is given.
    public var contextLine: String {
        if let context { return UserText.line(context) ?? "" }
        let years = Set(entries.map(\.round.fiscalYear)).sorted().map { "\($0)年度" }.joined(separator: "、")
        let dates = Set(entries.map(\.round.asOf)).sorted().map(\.iso).joined(separator: "、")
        return [years, dates.isEmpty ? "" : "数据截至 \(dates)", "共 \(entries.count) 轮"]
            .filter { !$0.isEmpty }.joined(separator: "　")
    }

    /// One row per target of every round, in the rounds' order.
    public var targetsTable: ReportTable {
        var rows: [ReportRow] = []
        for entry in entries {
            let round = entry.round
            for (target, light) in zip(round.targets, entry.result.targets) {
                let t = target.target
                rows.append(
                    ReportRow(
                        [
                            MonitoringCells.text(round.unit), MonitoringCells.text(round.project), MonitoringCells.date(round.asOf),
                            MonitoringCells.text(t.name), .text(t.direction.rawValue), MonitoringCells.value(t.targetValue, t.targetText),
                            MonitoringCells.text(t.unit), MonitoringCells.actual(t),
                            MonitoringCells.value(target.expectedYearEndValue, target.expectedYearEndText),
                            MonitoringCells.percent(light.ratio), MonitoringCells.light(light.light),
                            MonitoringCells.text(light.reading.explanation), MonitoringCells.text(target.likelihood?.rawValue),
                            MonitoringCells.lines(target.deviationReason), MonitoringCells.lines(target.measures),
                        ], fills: Self.fill(light.light, at: 10)))
            }
        }
        return ReportTable(
            name: MonitoringLabels.targetsSheet, caption: MonitoringLabels.targetsSheet,
            columns: Self.columns(MonitoringLabels.targetColumns, numeric: [5, 7, 8, 9]), rows: rows)
    }

    /// The budget row of each round.
    public var budgetTable: ReportTable {
        let rows = entries.map { entry -> ReportRow in
            let round = entry.round, reading = entry.result.budget
            var fills = Self.fill(reading.light, at: 8)
            if let overall = entry.result.overall { fills[11] = CellFill(overall) }
            return ReportRow(
                [
                    MonitoringCells.text(round.unit), MonitoringCells.text(round.project), MonitoringCells.date(round.asOf),
                    MonitoringCells.money(round.budget.annual), MonitoringCells.money(round.budget.executed),
                    MonitoringCells.percent(reading.rate), MonitoringCells.percent(reading.timeProgress),
                    MonitoringCells.percent(reading.ratio), MonitoringCells.light(reading.light),
                    MonitoringCells.text(reading.reading.explanation), MonitoringCells.money(round.budget.expectedYearEnd),
                    MonitoringCells.light(entry.result.overall),
                ], fills: fills)
        }
        return ReportTable(
            name: MonitoringLabels.budgetSheet, caption: MonitoringLabels.budgetSheet + "（万元）",
            columns: Self.columns(MonitoringLabels.budgetColumns, numeric: [3, 4, 5, 6, 7, 10]), rows: rows)
    }

    static func fill(_ light: Light?, at column: Int) -> [Int: CellFill] {
        light.map { [column: CellFill($0)] } ?? [:]
    }

    /// Columns of weight by their kind: names and sentences wide, numbers narrow.
    static func columns(_ titles: [String], numeric: Set<Int>) -> [ReportColumn] {
        titles.enumerated().map { index, title in
            ReportColumn(title, weight: numeric.contains(index) ? 1 : title.hasSuffix("说明") ? 4 : 2, numeric: numeric.contains(index))
        }
    }
}
