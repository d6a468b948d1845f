import FluentKit
import FluentSQL
import Foundation
import JixiaoCore

/// `DeclarationRepository` on Fluent (SQLite or PostgreSQL): tables of migration 023.
public struct FluentDeclarationRepository: DeclarationRepository {
    let database: any Database

    public init(database: any Database) { self.database = database }

    public func create(_ state: DeclarationState, by user: String) async throws -> StoredDeclaration {
        let record = DeclarationRecord()
        record.id = UUID()
        try record.apply(state, by: user)
        record.version = 1
        record.updatedAt = Date()
        var empty = state
        empty.declaration = TargetDeclaration(
            scope: state.declaration.scope, unit: state.declaration.unit,
            fiscalYear: state.declaration.fiscalYear)
        let changes = DeclarationDiff.changes(from: empty, to: state)
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
        return try record.stored()
    }

    public func find(id: String) async throws -> StoredDeclaration? {
        guard let uuid = UUID(uuidString: id) else { return nil }
        return try await DeclarationRecord.find(uuid, on: database)?.stored()
    }

    public func list(unitCode: String?, fiscalYear: Int?, limit: Int) async throws -> [StoredDeclaration] {
        var query = DeclarationRecord.query(on: database)
        if let unitCode { query = query.filter(\.$unitCode == unitCode) }
        if let fiscalYear { query = query.filter(\.$fiscalYear == fiscalYear) }
        return try await query.sort(\.$updatedAt, .descending).sort(\.$id, .descending)
            .limit(max(1, min(limit, 1000))).all().map { try $0.stored() }
    }

    public func update(
        id: String, expectedVersion: Int, state: DeclarationState, by user: String,
        changes: [FieldChange]
    ) async throws -> StoredDeclaration {
        guard let uuid = UUID(uuidString: id) else { throw RepositoryError.notFound(id: id) }
        return try await database.writeTransaction { db in
            guard let record = try await DeclarationRecord.find(uuid, on: db) else { throw RepositoryError.notFound(id: id) }
            guard record.version == expectedVersion else {
                throw RepositoryError.versionConflict(expected: expectedVersion, current: record.version)
            }
            let key = [record.unitCode, String(record.fiscalYear), record.scope, record.title]
            try record.apply(state, by: user)
            if [record.unitCode, String(record.fiscalYear), record.scope, record.title] != key,
                let existing = try await Self.existingID(like: record, on: db), existing != id
            {
                throw RepositoryError.duplicate(existingID: existing)
            }
            record.updatedAt = Date()
            guard try await Self.compareAndSet(record, expected: expectedVersion, on: db) else {
                let current = try await DeclarationRecord.find(uuid, on: db)?.version ?? expectedVersion
                throw RepositoryError.versionConflict(expected: expectedVersion, current: current)
            }
            record.version = expectedVersion + 1
            try await Self.record(changes, of: record, on: db)
            return try record.stored()
        }
    }

    public func history(id: String) async throws -> [HistoryEntry] {
        guard let uuid = UUID(uuidString: id) else { return [] }
        return try await DeclarationHistoryRecord.query(on: database).filter(\.$declarationID == uuid)
            .sort(\.$version).sort(\.$field).sort(\.$id).all()
            .map {
                HistoryEntry(
                    at: $0.changedAt, by: $0.changedBy, version: $0.version,
                    change: FieldChange(field: $0.field, label: $0.label, old: $0.oldValue, new: $0.newValue))
            }
    }

    static func existingID(like record: DeclarationRecord, on db: any Database) async throws -> String? {
        try await DeclarationRecord.query(on: db).filter(\.$unitCode == record.unitCode)
            .filter(\.$fiscalYear == record.fiscalYear).filter(\.$scope == record.scope)
            .filter(\.$title == record.title).first()?.id.map { $0.uuidString.lowercased() }
    }

    /// `UPDATE … WHERE id = ? AND version = ? RETURNING version`: one writer wins per version.
    static func compareAndSet(_ record: DeclarationRecord, expected: Int, on db: any Database) async throws -> Bool {
        guard let id = record.id, let sql = db as? any SQLDatabase else { return false }
        let rows = try await sql.update(DeclarationRecord.schema)
            .set("unit_code", to: record.unitCode).set("fiscal_year", to: record.fiscalYear)
            .set("scope", to: record.scope).set("title", to: record.title).set("status", to: record.status)
            .set("document", to: record.document).set("updated_by", to: record.updatedBy)
            .set("updated_at", to: record.updatedAt).set("version", to: expected + 1)
            .where("id", .equal, id).where("version", .equal, expected)
            .returning("version").all()
        return !rows.isEmpty
    }

    static func record(_ changes: [FieldChange], of record: DeclarationRecord, on db: any Database) async throws {
        guard let id = record.id else { return }
        for change in changes {
            let row = DeclarationHistoryRecord()
            row.declarationID = id
            row.version = record.version
            row.changedBy = record.updatedBy
            row.changedAt = record.updatedAt
            row.field = change.field
            row.label = change.label
            row.oldValue = change.old
            row.newValue = change.new
            try await row.create(on: db)
        }
    }
}
