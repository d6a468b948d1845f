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
    /// Replaces the document when it is still at `expectedVersion`; records `changes`.
    /// Throws `RepositoryError.versionConflict` when someone saved in between.
    func update(
        id: String, expectedVersion: Int, evaluation: Evaluation, metrics: EvaluationMetrics,
        by user: String, changes: [FieldChange]
    ) async throws -> StoredEvaluation
    /// The document as it was saved at `version`, if kept.
    func document(id: String, version: Int) async throws -> Evaluation?
    /// The recorded changes, oldest first.
    func history(id: String) async throws -> [HistoryEntry]
}

extension EvaluationRepository {
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
