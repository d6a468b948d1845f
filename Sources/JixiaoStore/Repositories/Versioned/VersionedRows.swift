import FluentKit
import FluentSQL
import Foundation
import JixiaoCore

/// The compare-and-swap save of a `VersionedRow`: in a write transaction the row is read,
/// changed by `apply` and written by `UPDATE … WHERE id = ? AND version = ? RETURNING version`,
/// so one writer wins per version, across processes; a stale version is
/// `RepositoryError.versionConflict` with the current one (the pages' 409).
struct VersionedRows<Row: VersionedRow> {
    let database: any Database

    /// Saves the row `id` changed by `apply` when it is still at `expectedVersion`; `saved` runs
    /// after the write in the same transaction (history rows). Returns the saved row.
    func update(
        id: String, expectedVersion: Int, apply: @escaping @Sendable (Row, any Database) async throws -> Void,
        saved: @escaping @Sendable (Row, any Database) async throws -> Void = { _, _ in }
    ) async throws -> Row {
        guard let uuid = UUID(uuidString: id) else { throw RepositoryError.notFound(id: id) }
        return try await database.writeTransaction { db in
            guard let record = try await Row.find(uuid, on: db) else { throw RepositoryError.notFound(id: id) }
            guard record.version == expectedVersion else {
                throw RepositoryError.versionConflict(expected: expectedVersion, current: record.version)
            }
            try await apply(record, db)
            record.updatedAt = Date()
            guard try await Self.compareAndSet(record, expected: expectedVersion, on: db) else {
                let current = try await Row.find(uuid, on: db)?.version ?? expectedVersion
                throw RepositoryError.versionConflict(expected: expectedVersion, current: current)
            }
            record.version = expectedVersion + 1
            try await saved(record, db)
            return record
        }
    }

    /// `UPDATE … WHERE id = ? AND version = ? RETURNING version`: one writer wins per version.
    static func compareAndSet(_ record: Row, expected: Int, on db: any Database) async throws -> Bool {
        guard let id = record.id, let sql = db as? any SQLDatabase else { return false }
        let rows = try await record.setColumns(sql.update(Row.schema))
            .set("updated_at", to: record.updatedAt).set("version", to: expected + 1)
            .where("id", .equal, id).where("version", .equal, expected)
            .returning("version").all()
        return !rows.isEmpty
    }
}
