/// Why a repository refused a change.
public enum RepositoryError: Error, Sendable, Equatable {
    /// Someone saved the evaluation since `expected` was read; it is now at `current`.
    case versionConflict(expected: Int, current: Int)
    case notFound(id: String)
    /// The unit already has an evaluation of this year and kind (and project name): `existingID`.
    case duplicate(existingID: String)
}

/// Where evaluations live (implemented on Fluent in JixiaoStore: `FluentEvaluationRepository`,
/// tested on SQLite and PostgreSQL by JixiaoStoreTests).
public protocol EvaluationRepository: Sendable {
    /// Stores a new evaluation at version 1, recording its creation in the history.
    func create(_ evaluation: Evaluation, metrics: EvaluationMetrics, by user: String) async throws -> StoredEvaluation
    func find(id: String) async throws -> StoredEvaluation?
    /// Matching evaluations, newest change first.
    func list(_ filter: EvaluationFilter) async throws -> [EvaluationSummary]
    /// Counts of the matching evaluations by fiscal year and status (ignores limit/offset).
    func counts(_ filter: EvaluationFilter) async throws -> [StatusCount]
    /// `list(filter)` and the number of evaluations matching the filter over all pages.
    func page(_ filter: EvaluationFilter) async throws -> (rows: [EvaluationSummary], total: Int)
    /// `find(id:)` with the fiscal year of the evaluation (nil when the year is not managed here),
    /// in one read: what a save checks before it writes.
    func findWithYear(id: String) async throws -> (stored: StoredEvaluation, year: FiscalYear?)?
    /// Replaces `stored` (the evaluation as read, at `stored.version`) by `evaluation` when the
    /// caller's `expectedVersion` is that version and the row is still at it; records `changes`
    /// (computed from `stored`). The version check is the write's own condition, so no other
    /// read is needed. Throws `RepositoryError.versionConflict` when someone saved in between
    /// (nothing is written), `.duplicate` for a changed key another evaluation has.
    func update(
        _ stored: StoredEvaluation, expectedVersion: Int, evaluation: Evaluation, metrics: EvaluationMetrics,
        by user: String, changes: [FieldChange]
    ) async throws -> StoredEvaluation
    /// The document as it was saved at `version`, if kept.
    func document(id: String, version: Int) async throws -> Evaluation?
    /// The recorded changes, oldest first.
    func history(id: String) async throws -> [HistoryEntry]
}

extension EvaluationRepository {
    /// Replaces the document when it is still at `expectedVersion`; records `changes`.
    /// Throws `RepositoryError.versionConflict` when someone saved in between.
    public func update(
        id: String, expectedVersion: Int, evaluation: Evaluation, metrics: EvaluationMetrics,
        by user: String, changes: [FieldChange]
    ) async throws -> StoredEvaluation {
        guard let stored = try await find(id: id) else { throw RepositoryError.notFound(id: id) }
        return try await update(
            stored, expectedVersion: expectedVersion, evaluation: evaluation, metrics: metrics, by: user, changes: changes)
    }

    public func page(_ filter: EvaluationFilter) async throws -> (rows: [EvaluationSummary], total: Int) {
        (try await list(filter), try await counts(filter).reduce(0) { $0 + $1.count })
    }
}

/// How many evaluations a year holds in one status.
public struct StatusCount: Codable, Sendable, Hashable {
    public var fiscalYear: Int
    public var status: EvaluationStatus
    public var count: Int

    public init(fiscalYear: Int, status: EvaluationStatus, count: Int) {
        self.fiscalYear = fiscalYear
        self.status = status
        self.count = count
    }
}
