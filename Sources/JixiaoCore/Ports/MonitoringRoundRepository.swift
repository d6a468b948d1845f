import Foundation

/// A monitoring round as kept by a store: its state, version and last change.
public struct StoredMonitoringRound: Sendable, Hashable {
    public var id: String
    /// Starts at 1; each saved change adds one (optimistic concurrency, as evaluations).
    public var version: Int
    public var updatedAt: Date
    public var updatedBy: String
    public var state: MonitoringRoundState

    public init(id: String, version: Int, updatedAt: Date, updatedBy: String, state: MonitoringRoundState) {
        self.id = id
        self.version = version
        self.updatedAt = updatedAt
        self.updatedBy = updatedBy
        self.state = state
    }
}

/// Where monitoring rounds and the monitoring dates of each year live
/// (`FluentMonitoringRoundRepository`, migration 025). One round per unit, year, project and
/// `asOf`: a second one is `RepositoryError.duplicate`.
public protocol MonitoringRoundRepository: Sendable {
    /// Stores a new round at version 1, recording its creation in the history.
    func create(_ state: MonitoringRoundState, by user: String) async throws -> StoredMonitoringRound
    func find(id: String) async throws -> StoredMonitoringRound?
    /// The rounds of `unitCode` (all units when nil), optionally of one year, newest change first.
    func list(unitCode: String?, fiscalYear: Int?, limit: Int) async throws -> [StoredMonitoringRound]
    /// The rounds at one of `statuses` (of `unitCode` when set), newest change first, `limit`
    /// of them from `offset`: the to-do page's, filtered in the store (no document read to filter).
    func list(unitCode: String?, statuses: [EvaluationStatus], offset: Int, limit: Int) async throws -> [StoredMonitoringRound]
    /// Replaces the state when it is still at `expectedVersion` (else `RepositoryError.versionConflict`).
    func update(
        id: String, expectedVersion: Int, state: MonitoringRoundState, by user: String,
        changes: [FieldChange]
    ) async throws -> StoredMonitoringRound
    /// Saves several rounds in one transaction, each at its expected version: all or none
    /// (the budget execution import). Any conflict throws and nothing is saved.
    func updateAll(_ updates: [MonitoringRoundUpdate], by user: String) async throws -> [StoredMonitoringRound]
    /// The recorded changes, oldest first.
    func history(id: String) async throws -> [HistoryEntry]
    /// The monitoring dates (截至日期) an administrator set for `fiscalYear`, earliest first.
    func dates(fiscalYear: Int) async throws -> [CalendarDate]
    /// Replaces the monitoring dates of `fiscalYear`; `log`, when given, is written to the
    /// administration log in the same transaction.
    func setDates(_ dates: [CalendarDate], fiscalYear: Int, by user: String, log: AdminLogEntry?) async throws
}

/// One round's new state for `MonitoringRoundRepository.updateAll`.
public struct MonitoringRoundUpdate: Sendable, Hashable {
    public var id: String
    public var expectedVersion: Int
    public var state: MonitoringRoundState
    /// The history lines of the change.
    public var changes: [FieldChange]

    public init(id: String, expectedVersion: Int, state: MonitoringRoundState, changes: [FieldChange]) {
        self.id = id
        self.expectedVersion = expectedVersion
        self.state = state
        self.changes = changes
    }
}
