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
            .offset(max(0, filter.offset)).limit(max(1, min(filter.limit, 1000))).all().map { try $0.stored() }
    }

    /// The item's own log (in its document) is its history: no history rows.
    public func update(id: String, expectedVersion: Int, item: Rectification) async throws -> StoredRectification {
        try await VersionedRows<RectificationRecord>(database: database).update(id: id, expectedVersion: expectedVersion) { record, _ in
            try record.apply(item)
        }.stored()
    }
}

extension RectificationRecord: VersionedRow {
    func setColumns(_ update: SQLUpdateBuilder) -> SQLUpdateBuilder {
        update.set("unit_code", to: unitCode).set("fiscal_year", to: fiscalYear).set("status", to: status)
            .set("subject_kind", to: subjectKind).set("subject_id", to: subjectID).set("deadline", to: deadline)
            .set("raised_at", to: raisedAt).set("document", to: document)
    }
}
