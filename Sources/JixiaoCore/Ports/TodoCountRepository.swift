/// The counts beside the evaluations' on the home page's to-do summary, counted in the store
/// (the evaluations' come from the list's own counts). Counting, not listing: the summary is on
/// every list page, and a list of monitoring rounds or rectifications carries their documents.
public protocol TodoCountRepository: Sendable {
    /// Monitoring rounds at each of `statuses`, only of `unitCode` when set (statuses with none left out).
    func roundCounts(unitCode: String?, statuses: [EvaluationStatus]) async throws -> [EvaluationStatus: Int]
    /// Rectifications at one of `statuses`, only of `unitCode` when set.
    func rectificationCount(unitCode: String?, statuses: [RectificationStatus]) async throws -> Int
    /// Open rectifications past their deadline on `today` (`Rectification.isOverdue`), only of `unitCode` when set.
    func overdueRectificationCount(unitCode: String?, today: CalendarDate) async throws -> Int
}
