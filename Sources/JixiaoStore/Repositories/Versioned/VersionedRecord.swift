import FluentKit
import FluentSQL
import Foundation
import JixiaoCore

/// A row saved by compare-and-swap on its `version` (`VersionedRows`): each save raises the
/// version by one and sets `updated_at`.
protocol VersionedRow: Model, Sendable where IDValue == UUID {
    var version: Int { get set }
    var updatedAt: Date { get set }
    /// Sets the columns a save writes besides id, version and `updated_at`.
    func setColumns(_ update: SQLUpdateBuilder) -> SQLUpdateBuilder
}

/// A row that holds one versioned document (a declaration, a monitoring round): its key
/// columns, a `version` that each save raises by one, who saved it last and when, and a
/// history table of one row per changed field. `VersionedDocuments` does the rest.
protocol VersionedRecord: VersionedRow {
    associatedtype History: VersionedHistoryRecord
    var updatedBy: String { get set }
    /// The values of the unique key (unit, year, …), to tell whether a save changed it.
    var keyValues: [String] { get }
    /// `query` narrowed to the rows with this record's key.
    func sameKey(_ query: QueryBuilder<Self>) -> QueryBuilder<Self>
}

/// A row of a versioned document's history: one field of one saved change.
protocol VersionedHistoryRecord: Model, Sendable where IDValue == UUID {
    /// The column holding the document's id.
    static var ownerColumn: FieldKey { get }
    init(owner: UUID, version: Int, by user: String, at date: Date, change: FieldChange)
    var entry: HistoryEntry { get }
}
