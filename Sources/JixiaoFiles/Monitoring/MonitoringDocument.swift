import JixiaoCore

/// The file shape of a monitoring round (YAML or JSON), cycle.md §3 and docs/monitoring-format.md.
/// Numbers may be written as numbers or text; `target`, `actual` and `expectedYearEnd` are
/// numbers (`95`, `95%`) or, for 定性, text (达成年度指标 / 部分达成 / 未达成).
struct MonitoringDocument: Codable {
    var kind: String?
    var unit: String?
    var fiscalYear: Int?
    var project: String?
    var asOf: String?
    var budget: BudgetDocument?
    var targets: [MonitoredTargetDocument]?
}

/// 预算执行 in 万元.
struct BudgetDocument: Codable {
    var annual: WanYuanText?
    var executed: WanYuanText?
    var expectedYearEnd: WanYuanText?
}

/// One monitored target: the declared keys plus the monitoring table's.
struct MonitoredTargetDocument: Codable {
    var levels: [String]?
    var name: String?
    var direction: String?
    var target: String?
    var unit: String?
    var actual: String?
    var cumulative: Bool?
    var expectedYearEnd: String?
    var likelihood: String?
    var deviationReason: String?
    var measures: String?
}

extension MonitoringDocument {
    /// The keys a monitoring file may use.
    static let schema: KeySchema = .keys(
        ["kind", "unit", "fiscalYear", "project", "asOf", "budget", "targets"],
        [
            "budget": .keys(["annual", "executed", "expectedYearEnd"]),
            "targets": .list(
                .keys([
                    "levels", "name", "direction", "target", "unit", "actual", "cumulative",
                    "expectedYearEnd", "likelihood", "deviationReason", "measures",
                ])),
        ])
}
