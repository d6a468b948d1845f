/// What the evaluation list page shows beside its rows: the counts by year and status over the
/// user's scope (the table of years, the filter's total, the to-do groups), every fiscal year
/// (deadlines, open years) and the to-do summary's counts of monitoring rounds and 整改 items.
public struct ListPageFacts: Sendable, Hashable {
    /// By year and status, newest year first (as `EvaluationRepository.counts`).
    public var counts: [StatusCount]
    /// Every year, newest first (as `FiscalYearRepository.all`).
    public var years: [FiscalYear]
    /// Monitoring rounds at each of the asked statuses (as `TodoCountRepository.roundCounts`).
    public var roundCounts: [EvaluationStatus: Int]
    /// Rectifications at one of the asked statuses (as `TodoCountRepository.rectificationCount`).
    public var rectifications: Int
    /// The page of the list asked for with the facts (as `EvaluationRepository.list`), else none.
    public var rows: [EvaluationSummary]

    public init(
        counts: [StatusCount], years: [FiscalYear], roundCounts: [EvaluationStatus: Int], rectifications: Int,
        rows: [EvaluationSummary] = []
    ) {
        self.counts = counts
        self.years = years
        self.roundCounts = roundCounts
        self.rectifications = rectifications
        self.rows = rows
    }
}

/// Reads `ListPageFacts` together: the list page is the most requested one, and on PostgreSQL
/// every read is a round trip that costs the app and the server more CPU than its work.
public protocol ListPageFactsRepository: Sendable {
    /// The facts over `unitCodes` (nil: every unit; the rounds and rectifications too), the rounds
    /// counted at `roundStatuses`, the rectifications at `rectificationStatuses`; with `rows`, that
    /// page of the list too.
    func facts(
        unitCodes: [String]?, roundStatuses: [EvaluationStatus], rectificationStatuses: [RectificationStatus],
        rows: EvaluationFilter?
    ) async throws -> ListPageFacts
}

extension ListPageFactsRepository {
    /// The facts without rows.
    public func facts(
        unitCodes: [String]?, roundStatuses: [EvaluationStatus], rectificationStatuses: [RectificationStatus]
    ) async throws -> ListPageFacts {
        try await facts(
            unitCodes: unitCodes, roundStatuses: roundStatuses, rectificationStatuses: rectificationStatuses, rows: nil)
    }
}
