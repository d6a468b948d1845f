import FluentKit
import FluentSQL
import Foundation
import JixiaoCore

/// `RectificationRepository` on Fluent (SQLite or PostgreSQL): the table of migration 026.
public struct FluentRectificationRepository: RectificationRepository {
    let database: any Database

    public init(database: any Database) { self.database = database }

    public func create(_ item: Rectification) async throws -> StoredRectification {
        let record = RectificationRecord()
        record.id = UUID()
        try record.apply(item)
        record.version = 1
        record.updatedAt = Date()
        try await record.create(on: database)
        return try record.stored()
    }

    public func find(id: String) async throws -> StoredRectification? {
        guard let uuid = UUID(uuidString: id) else { return nil }
        return try await RectificationRecord.find(uuid, on: database)?.stored()
    }

    public func list(_ filter: RectificationFilter) async throws -> [StoredRectification] {
        if filter.unitCodes?.isEmpty == true || filter.statuses?.isEmpty == true { return [] }
        var query = RectificationRecord.query(on: database)
        if let units = filter.unitCodes { query = query.filter(\.$unitCode ~~ units) }
        if let year = filter.fiscalYear { query = query.filter(\.$fiscalYear == year) }
        if let statuses = filter.statuses { query = query.filter(\.$status ~~ statuses.map(\.rawValue)) }
        if let kind = filter.subjectKind { query = query.filter(\.$subjectKind == kind.rawValue) }
        if let subject = filter.subjectID { query = query.filter(\.$subjectID == subject) }
        return try await query.sort(\.$deadline).sort(\.$raisedAt).sort(\.$id)
            .limit(max(1, min(filter.limit, 1000))).all().map { try $0.stored() }
    }

    public func update(id: String, expectedVersion: Int, item: Rectification) async throws -> StoredRectification {
        guard let uuid = UUID(uuidString: id) else { throw RepositoryError.notFound(id: id) }
        return try await database.writeTransaction { db in
            guard let record = try await RectificationRecord.find(uuid, on: db) else { throw RepositoryError.notFound(id: id) }
            guard record.version == expectedVersion else {
                throw RepositoryError.versionConflict(expected: expectedVersion, current: record.version)
            }
            try record.apply(item)
            record.updatedAt = Date()
            guard try await Self.compareAndSet(record, expected: expectedVersion, on: db) else {
                let current = try await RectificationRecord.find(uuid, on: db)?.version ?? expectedVersion
                throw RepositoryError.versionConflict(expected: expectedVersion, current: current)
            }
            record.version = expectedVersion + 1
            return try record.stored()
        }
    }

    /// `UPDATE … WHERE id = ? AND version = ? RETURNING version`: one writer wins per version.
    static func compareAndSet(_ record: RectificationRecord, expected: Int, on db: any Database) async throws -> Bool {
        guard let id = record.id, let sql = db as? any SQLDatabase else { return false }
        let rows = try await sql.update(RectificationRecord.schema)
            .set("unit_code", to: record.unitCode).set("fiscal_year", to: record.fiscalYear)
            .set("status", to: record.status).set("subject_kind", to: record.subjectKind)
            .set("subject_id", to: record.subjectID).set("deadline", to: record.deadline)
            .set("raised_at", to: record.raisedAt).set("document", to: record.document)
            .set("updated_at", to: record.updatedAt).set("version", to: expected + 1)
            .where("id", .equal, id).where("version", .equal, expected)
            .returning("version").all()
        return !rows.isEmpty
    }
}
