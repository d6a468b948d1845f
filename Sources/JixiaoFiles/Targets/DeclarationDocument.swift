/// The file shape of a target declaration (cycle.md §1, docs/targets-format.md). Values are read
/// as text so that amounts keep their written decimals and a bad value gets a message at its line.
struct DeclarationDocument: Codable {
    var kind: String?
    var scope: String?
    var unit: UnitDocument?
    var fiscalYear: Int?
    var project: String?
    var projectAttribute: String?
    var sector: String?
    var period: PeriodDocument?
    var funds: FundsDocument?
    var overallGoal: String?
    var annualGoal: String?
    var targets: [DeclaredRowDocument]?
    var previous: OrderedMap<String>?
}

/// `period: { start: 2025-01-01, end: 2025-12-31 }`.
struct PeriodDocument: Codable {
    var start: String?
    var end: String?
}

/// `funds: { total: "120.00", fiscal: "100.00", other: "20.00" }` in 万元.
struct FundsDocument: Codable {
    var total: String?
    var fiscal: String?
    var other: String?
}

/// One row of the indicator table, the keys of an evaluation's `targets` plus the declaration's own.
struct DeclaredRowDocument: Codable {
    var id: String?
    var levels: [String]?
    var name: String?
    var direction: String?
    var target: String?
    var unit: String?
    var maxScore: String?
    var explanation: String?
    var standard: String?
}

extension DeclarationDocument {
    /// The keys a declaration file may use.
    static let schema: KeySchema = .keys(
        [
            "kind", "scope", "unit", "fiscalYear", "project", "projectAttribute", "sector", "period", "funds",
            "overallGoal", "annualGoal", "targets", "previous",
        ],
        [
            "unit": .keys(["name", "code", "region", "parentCode", "subordinateUnits"]),
            "period": .keys(["start", "end"]),
            "funds": .keys(["total", "fiscal", "other"]),
            "targets": .list(
                .keys([
                    "id", "levels", "name", "direction", "target", "unit", "maxScore", "explanation",
                    "standard",
                ])),
        ])
}
