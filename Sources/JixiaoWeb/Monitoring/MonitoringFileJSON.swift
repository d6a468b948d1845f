import JixiaoCore

/// A monitoring round in the file form of `jixiao monitor` (cycle.md §3, docs/monitoring-format.md),
/// as the API answers it: the same keys a client puts back, every value as the form shows it.
struct MonitoringFileJSON: Codable, Sendable {
    struct Budget: Codable, Sendable { var annual: String; var executed: String; var expectedYearEnd: String? }
    struct Row: Codable, Sendable {
        var levels: [String]
        var name: String
        var direction: String
        var target: String
        var unit: String?
        var actual: String?
        var cumulative: Bool
        var expectedYearEnd: String?
        var likelihood: String?
        var deviationReason: String?
        var measures: String?
    }

    var kind = "monitoring"
    var unit: String
    var fiscalYear: Int
    var project: String?
    var asOf: String
    var budget: Budget
    var targets: [Row]

    init(_ round: MonitoringRound) {
        unit = round.unit
        fiscalYear = round.fiscalYear
        project = round.project
        asOf = round.asOf.iso
        budget = Budget(
            annual: round.budget.annual.description, executed: round.budget.executed.description,
            expectedYearEnd: round.budget.expectedYearEnd?.description)
        targets = round.targets.map { m in
            let t = m.target, texts = MonitoringFields.rowTexts(m)
            func some(_ key: String) -> String? { (texts[key] ?? "").isEmpty ? nil : texts[key] }
            return Row(
                levels: t.levels, name: t.name, direction: t.direction.rawValue,
                target: t.targetValue?.description ?? t.targetText ?? "", unit: t.unit, actual: some("actual"),
                cumulative: m.cumulative, expectedYearEnd: some("expectedYearEnd"), likelihood: some("likelihood"),
                deviationReason: some("deviationReason"), measures: some("measures"))
        }
    }
}
