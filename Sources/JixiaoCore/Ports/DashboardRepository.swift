/// Where the dashboard and the year's exports read a fiscal year's evaluations (implemented in
/// SQL in JixiaoStore: indexed columns and a few JSON paths, the sums kept by triggers).
public protocol DashboardRepository: Sendable {
    /// Every evaluation of `year`, only of the given units, statuses or kind when set, or only
    /// those whose numbers the summary could not sum in SQL (`spilled`), by unit code.
    func rows(
        year: Int, unitCodes: [String]?, statuses: [EvaluationStatus]?, kind: EvaluationKind?,
        spilled: Bool
    ) async throws -> [DashboardRow]
    /// The year's numbers; equals `DashboardSummary(rows:)` of the year's rows but for the findings
    /// per unit: only the first `findings` of them (0: none).
    func summary(year: Int, findings: Int) async throws -> DashboardSummary
    /// The year's department-wide evaluations the per-unit charts show; equals
    /// `DashboardUnitCharts(rows:shown:)` of them.
    func unitCharts(year: Int, shown: Int) async throws -> DashboardUnitCharts
    /// Every evaluation of `year` with its document, by unit code.
    func documents(year: Int) async throws -> [StoredEvaluation]
    /// A number that grows with every committed change of the `years`' evaluations that the dashboard
    /// shows (in any process) and never falls: an equal number means the same dashboard.
    func changeStamp(years: [Int]) async throws -> Int64
}
