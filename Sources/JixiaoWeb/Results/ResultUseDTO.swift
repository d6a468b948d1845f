import JixiaoCore

/// One unit's 结果应用 row as the API answers it: the page's row (`ResultsService.rows`), lights
/// as their raw words, rates and scores as two-place strings.
struct ResultUseDTO: Encodable {
    /// The latest submitted round's lights.
    struct Monitoring: Encodable {
        var asOf: String
        var months: Int
        var overall: Light?
        var budget: Light?
        /// 预算执行率 and 时间进度 in % (25.00 means 25%); rate nil when the annual budget is not positive.
        var budgetRate: String?
        var timeProgress: String
    }

    var unitCode: String
    var unitName: String
    var status: EvaluationStatus?
    var statusLabel: String?
    var grade: Grade?
    var score: String?
    var monitoring: Monitoring?
    var openRectifications: Int
    var treatment: String?
    var reason: String

    init(_ row: ResultUseRow) {
        unitCode = row.unitCode
        unitName = row.unitName
        status = row.status
        statusLabel = row.status?.label
        grade = row.grade
        score = row.score?.formatted(places: 2)
        monitoring = row.lights.map {
            Monitoring(
                asOf: $0.asOf.iso, months: $0.months, overall: $0.overall, budget: $0.budget,
                budgetRate: $0.budgetRate?.formatted(places: 2), timeProgress: $0.timeProgress.formatted(places: 2))
        }
        openRectifications = row.openRectifications
        treatment = row.suggestion.treatment
        reason = row.suggestion.reason
    }
}
