import FluentKit
import FluentSQL
import Foundation
import JixiaoCore

/// The versioned save shared by the document repositories (declarations, monitoring rounds):
/// a create refused when the key is taken, `UPDATE … WHERE id = ? AND version = ? RETURNING
/// version` in a write transaction (one writer wins per version, across processes), one
/// history row per changed field, and the history read oldest first.
struct VersionedDocuments<Record: VersionedRecord> {
    let database: any Database

    /// Inserts `record` at version 1 with its creation's `changes` as history.
    func create(_ record: Record, changes: [FieldChange]) async throws {
        record.id = record.id ?? UUID()
        record.version = 1
        record.updatedAt = Date()
        do {
            try await database.writeTransaction { db in
                if let existing = try await Self.existingID(like: record, on: db) {
                    throw RepositoryError.duplicate(existingID: existing)
                }
                try await record.create(on: db)
                try await Self.record(changes, of: record, on: db)
            }
        } catch let error as RepositoryError {
            throw error
        } catch {
            // A concurrent create of the same key that won: the unique index refused this one.
            if let existing = try? await Self.existingID(like: record, on: database) {
                throw RepositoryError.duplicate(existingID: existing)
            }
            throw error
        }
    }

    /// Reads the row `id`, lets `apply` change it and saves it when it is still at
    /// `expectedVersion`; returns the saved record.
    func update(
        id: String, expectedVersion: Int, changes: [FieldChange], apply: @escaping @Sendable (Record) throws -> Void
    ) async throws -> Record {
        guard let uuid = UUID(uuidString: id) else { throw RepositoryError.notFound(id: id) }
        return try await database.writeTransaction { db in
            guard let record = try await Record.find(uuid, on: db) else { throw RepositoryError.notFound(id: id) }
            guard record.version == expectedVersion else {
                throw RepositoryError.versionConflict(expected: expectedVersion, current: record.version)
            }
            let key = record.keyValues
            try apply(record)
            if record.keyValues != key, let existing = try await Self.existingID(like: record, on: db), existing != id {
                throw RepositoryError.duplicate(existingID: existing)
            }
            record.updatedAt = Date()
            guard try await Self.compareAndSet(record, expected: expectedVersion, on: db) else {
                let current = try await Record.find(uuid, on: db)?.version ?? expectedVersion
                throw RepositoryError.versionConflict(expected: expectedVersion, current: current)
            }
            record.version = expectedVersion + 1
            try await Self.record(changes, of: record, on: db)
            return record
        }
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

    /// `UPDATE … WHERE id = ? AND version = ? RETURNING version`: one writer wins per version.
    static func compareAndSet(_ record: Record, expected: Int, on db: any Database) async throws -> Bool {
        guard let id = record.id, let sql = db as? any SQLDatabase else { return false }
        let rows = try await record.setColumns(sql.update(Record.schema))
            .set("updated_by", to: record.updatedBy).set("updated_at", to: record.updatedAt)
            .set("version", to: expected + 1)
            .where("id", .equal, id).where("version", .equal, expected)
            .returning("version").all()
        return !rows.isEmpty
    }

    static func record(_ changes: [FieldChange], of record: Record, on db: any Database) async throws {
        guard let id = record.id else { return }
        for change in changes {
            try await Record.History(owner: id, version: record.version, by: record.updatedBy, at: record.updatedAt, change: change)
                .create(on: db)
        }
    }
}
