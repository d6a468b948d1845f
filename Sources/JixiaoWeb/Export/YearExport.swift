import JixiaoCore
import JixiaoRender

/// All evaluations of a year as one table: identity, status, figures, scores,
/// grade and findings. The .xlsx and the CSV (`CSVWriter`) are both written from it.
enum YearExport {
    static let fixedColumns = [
        "单位编码", "单位名称", "类型", "评价", "状态", "计算得分", "等级", "自评得分", "财政复核得分",
        "财政复核等级", "错误数", "警告数",
    ]
    /// Columns of text among `fixedColumns` (the rest are numbers).
    static let textColumns: Set<Int> = [0, 1, 2, 3, 4, 6, 9]

    /// The header and the rows; figures in catalogue order, then the findings text.
    static func table(_ items: [(stored: StoredEvaluation, analysis: EvaluationAnalysis)]) -> ReportTable {
        let figures = FigureCatalog.all.filter { f in items.contains { $0.stored.evaluation.figures.values[f.id] != nil } }
        let columns =
            fixedColumns.enumerated().map { ReportColumn($0.element, weight: 2, numeric: !textColumns.contains($0.offset)) }
            + figures.map { ReportColumn($0.labelWithUnit, weight: 2, numeric: true) }
            + [ReportColumn("问题", weight: 6)]
        let rows = items.map { item -> ReportRow in
            let e = item.stored.evaluation, a = item.analysis
            let review = ReviewTotal.of(e, score: a.score)
            let number = { (v: ExactDecimal?) -> ReportCell in v.map { .number($0, places: 2) } ?? .empty }
            var cells: [ReportCell] = [
                .text(e.unit.code ?? ""), .text(e.unit.name), .text(e.kind.label), .text(e.project?.name ?? e.kind.label),
                .text(e.status.label), number(a.scored?.total), .text(a.scored?.grade.rawValue ?? ""),
                number(e.statedTotal), number(review?.total), .text(review?.grade?.rawValue ?? ""),
                .number(ExactDecimal(a.metrics.errorCount), places: 0), .number(ExactDecimal(a.metrics.warningCount), places: 0),
            ]
            cells += figures.map { f in
                e.figures.values[f.id].map { .value($0, f.kind) } ?? .empty
            }
            cells.append(.text(a.findings.map { "[\($0.severity.label)] \($0.rule) \($0.message)" }.joined(separator: "\n")))
            return ReportRow(cells)
        }
        return ReportTable(name: "评价汇总", caption: "绩效自评汇总", columns: columns, rows: rows)
    }
}
