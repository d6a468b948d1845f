import JixiaoCore

/// A declaration in the file form of `jixiao targets` (docs/targets-format.md), as the API
/// answers it: the same keys a client posts back, every value as the form shows it.
struct DeclarationFileJSON: Codable, Sendable {
    struct Period: Codable, Sendable { var start: String?; var end: String? }
    struct Funds: Codable, Sendable { var total: String?; var fiscal: String?; var other: String? }
    struct Row: Codable, Sendable {
        var levels: [String]
        var name: String
        var direction: String?
        var target: String?
        var unit: String?
        var maxScore: String?
        var explanation: String?
        var standard: String?
    }

    var kind = "targets"
    var scope: String
    var unit: String
    var fiscalYear: Int
    var project: String?
    var projectAttribute: String?
    var sector: String?
    var period: Period?
    var funds: Funds?
    var overallGoal: String?
    var annualGoal: String?
    var targets: [Row]
    var previous: [String: String]?

    init(_ d: TargetDeclaration) {
        let t = DeclarationFields.texts(d)
        scope = d.scope.rawValue
        unit = d.unit
        fiscalYear = d.fiscalYear
        project = t["project"]
        projectAttribute = t["projectAttribute"]
        sector = t["sector"]
        period = t["period.start"] == nil && t["period.end"] == nil ? nil : Period(start: t["period.start"], end: t["period.end"])
        funds = d.funds == nil ? nil : Funds(total: t["funds.total"], fiscal: t["funds.fiscal"], other: t["funds.other"])
        overallGoal = t["overallGoal"]
        annualGoal = t["annualGoal"]
        targets = d.rows.map { row in
            let r = DeclarationFields.rowTexts(row)
            func some(_ key: String) -> String? { (r[key] ?? "").isEmpty ? nil : r[key] }
            return Row(
                levels: row.target.levels, name: row.target.name, direction: some("direction"), target: some("target"),
                unit: some("unit"), maxScore: some("maxScore"), explanation: some("explanation"), standard: some("standard"))
        }
        previous =
            d.previous.isEmpty ? nil : Dictionary(d.previous.map { ($0.name, $0.value.description) }, uniquingKeysWith: { a, _ in a })
    }
}
