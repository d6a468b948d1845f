import Foundation

/// A declaration as kept by a store: its state, version and last change.
public struct StoredDeclaration: Sendable, Hashable {
    public var id: String
    /// Starts at 1; each saved change adds one (optimistic concurrency, as evaluations).
    public var version: Int
    public var updatedAt: Date
    public var updatedBy: String
    public var state: DeclarationState

    public init(id: String, version: Int, updatedAt: Date, updatedBy: String, state: DeclarationState) {
        self.id = id
        self.version = version
        self.updatedAt = updatedAt
        self.updatedBy = updatedBy
        self.state = state
    }
}

/// Where target declarations live (`FluentDeclarationRepository`, migration 023). One per unit,
/// year and scope (and project name): a second one is `RepositoryError.duplicate`.
public protocol DeclarationRepository: Sendable {
    /// Stores a new declaration at version 1, recording its creation in the history.
    func create(_ state: DeclarationState, by user: String) async throws -> StoredDeclaration
    func find(id: String) async throws -> StoredDeclaration?
    /// The declarations of `unitCode` (all units when nil), optionally of one year, newest change first.
    func list(unitCode: String?, fiscalYear: Int?, limit: Int) async throws -> [StoredDeclaration]
    /// Replaces the state when it is still at `expectedVersion` (else `RepositoryError.versionConflict`).
    func update(
        id: String, expectedVersion: Int, state: DeclarationState, by user: String,
        changes: [FieldChange]
    ) async throws -> StoredDeclaration
    /// The recorded changes, oldest first.
    func history(id: String) async throws -> [HistoryEntry]
}
