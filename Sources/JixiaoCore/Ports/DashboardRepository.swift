/// Where the dashboard and the year's exports read a fiscal year's evaluations (implemented in
/// SQL in JixiaoStore: indexed columns and a few JSON paths, the sums kept by triggers).
public protocol DashboardRepository: Sendable {
    /// Every evaluation of `year`, only of the given units, statuses or kind when set, or only
    /// those whose numbers the summary could not sum in SQL (`spilled`), by unit code.
    func rows(
        year: Int, unitCodes: [String]?, statuses: [EvaluationStatus]?, kind: EvaluationKind?,
        spilled: Bool
    ) async throws -> [DashboardRow]
    /// The year's numbers; equals `DashboardSummary(rows:)` of the year's rows (without the
    /// findings per unit when `findings` is false).
    func summary(year: Int, findings: Bool) async throws -> DashboardSummary
    /// Every evaluation of `year` with its document, by unit code.
    func documents(year: Int) async throws -> [StoredEvaluation]
}
