import FluentKit
import FluentSQL
import Foundation
import JixiaoCore

/// The versioned save shared by the document repositories (declarations, monitoring rounds):
/// a create refused when the key is taken, the compare-and-swap save of `VersionedRows` (one
/// writer wins per version, across processes) refused when it would take another's key, one
/// history row per changed field, and the history read oldest first.
struct VersionedDocuments<Record: VersionedRecord> {
    let database: any Database

    /// Inserts `record` at version 1 with its creation's `changes` as history.
    func create(_ record: Record, changes: [FieldChange]) async throws {
        record.id = record.id ?? UUID()
        record.version = 1
        record.updatedAt = Date()
        try await database.createUnique(
            existing: { try await Self.existingID(like: record, on: $0) },
            insert: { db in
                try await record.create(on: db)
                try await Self.record(changes, of: record, on: db)
            })
    }

    /// Reads the row `id`, lets `apply` change it and saves it when it is still at
    /// `expectedVersion`; returns the saved record.
    func update(
        id: String, expectedVersion: Int, changes: [FieldChange], apply: @escaping @Sendable (Record) throws -> Void
    ) async throws -> Record {
        try await VersionedRows<Record>(database: database).update(
            id: id, expectedVersion: expectedVersion,
            apply: { record, db in
                let key = record.keyValues
                try apply(record)
                if record.keyValues != key, let existing = try await Self.existingID(like: record, on: db), existing != id {
                    throw RepositoryError.duplicate(existingID: existing)
                }
            },
            saved: { record, db in try await Self.record(changes, of: record, on: db) })
    }

    /// The recorded changes of `id`, oldest first (version, field, row id).
    func history(id: String) async throws -> [HistoryEntry] {
        guard let uuid = UUID(uuidString: id) else { return [] }
        return try await Record.History.query(on: database).filter(Record.History.ownerColumn, .equal, uuid)
            .sort("version").sort("field").sort("id").all().map(\.entry)
    }

    static func existingID(like record: Record, on db: any Database) async throws -> String? {
        try await record.sameKey(Record.query(on: db)).first()?.id.map { $0.uuidString.lowercased() }
    }

    static func record(_ changes: [FieldChange], of record: Record, on db: any Database) async throws {
        guard let id = record.id else { return }
        for change in changes {
            try await Record.History(owner: id, version: record.version, by: record.updatedBy, at: record.updatedAt, change: change)
                .create(on: db)
        }
    }
}
