import Foundation

/// A rectification as kept by a store: its id, version and last change.
public struct StoredRectification: Sendable, Hashable {
    public var id: String
    /// Starts at 1; each saved step adds one (optimistic concurrency, as evaluations).
    public var version: Int
    public var updatedAt: Date
    public var item: Rectification

    public init(id: String, version: Int, updatedAt: Date, item: Rectification) {
        self.id = id
        self.version = version
        self.updatedAt = updatedAt
        self.item = item
    }
}

/// Which rectifications to list; nil means any.
public struct RectificationFilter: Sendable, Hashable {
    /// The units in scope (nil: all units).
    public var unitCodes: [String]?
    public var fiscalYear: Int?
    public var statuses: [RectificationStatus]?
    public var subjectKind: RectificationSubject.Kind?
    public var subjectID: String?
    public var limit: Int
    /// How many matching items to skip first (a page of the to-do list).
    public var offset: Int

    public init(
        unitCodes: [String]? = nil, fiscalYear: Int? = nil, statuses: [RectificationStatus]? = nil,
        subjectKind: RectificationSubject.Kind? = nil, subjectID: String? = nil, limit: Int = 200, offset: Int = 0
    ) {
        self.offset = offset
        self.unitCodes = unitCodes
        self.fiscalYear = fiscalYear
        self.statuses = statuses
        self.subjectKind = subjectKind
        self.subjectID = subjectID
        self.limit = limit
    }
}

/// Where rectifications live (`FluentRectificationRepository`, migration 026).
public protocol RectificationRepository: Sendable {
    /// Stores a new item at version 1.
    func create(_ item: Rectification) async throws -> StoredRectification
    func find(id: String) async throws -> StoredRectification?
    /// The matching items: earliest deadline first, then oldest raised.
    func list(_ filter: RectificationFilter) async throws -> [StoredRectification]
    /// Replaces the item when it is still at `expectedVersion` (else `RepositoryError.versionConflict`).
    func update(id: String, expectedVersion: Int, item: Rectification) async throws -> StoredRectification
}
