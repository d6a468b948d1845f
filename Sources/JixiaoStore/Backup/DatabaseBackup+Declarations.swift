import FluentKit
import Foundation

// Target declarations and their history (format 4, migration 023).
extension DatabaseBackup {
    public struct DeclarationRow: Codable, Sendable, Equatable {
        public var id: UUID
        public var unitCode: String
        public var fiscalYear: Int
        public var scope: String
        public var title: String
        public var status: String
        public var version: Int
        /// The Core `DeclarationState` as JSON, as stored.
        public var document: String
        public var updatedBy: String
        public var updatedAt: Int64
    }

    public struct DeclarationHistoryRow: Codable, Sendable, Equatable {
        public var id: UUID
        public var declarationID: UUID
        public var version: Int
        public var changedBy: String
        public var changedAt: Int64
        public var field: String
        public var label: String
        public var oldValue: String?
        public var newValue: String?
    }

    static func exportDeclarations(from db: any Database) async throws -> ([DeclarationRow], [DeclarationHistoryRow]) {
        let rows = try await DeclarationRecord.query(on: db).all().compactMap { r in
            r.id.map {
                DeclarationRow(
                    id: $0, unitCode: r.unitCode, fiscalYear: r.fiscalYear, scope: r.scope, title: r.title,
                    status: r.status, version: r.version, document: r.document, updatedBy: r.updatedBy,
                    updatedAt: BackupTime.ms(r.updatedAt))
            }
        }
        let history = try await DeclarationHistoryRecord.query(on: db).all().compactMap { r in
            r.id.map {
                DeclarationHistoryRow(
                    id: $0, declarationID: r.ownerID, version: r.version, changedBy: r.changedBy,
                    changedAt: BackupTime.ms(r.changedAt), field: r.field, label: r.label,
                    oldValue: r.oldValue, newValue: r.newValue)
            }
        }
        return (rows.sorted { $0.id.uuidString < $1.id.uuidString }, history.sorted { $0.id.uuidString < $1.id.uuidString })
    }

    func restoreDeclarations(into db: any Database) async throws {
        for row in declarations {
            let r = DeclarationRecord()
            r.id = row.id; r.unitCode = row.unitCode; r.fiscalYear = row.fiscalYear; r.scope = row.scope; r.title = row.title
            r.status = row.status; r.version = row.version; r.document = row.document; r.updatedBy = row.updatedBy
            r.updatedAt = BackupTime.date(row.updatedAt)
            try await r.create(on: db)
        }
        for row in declarationHistory {
            let r = DeclarationHistoryRecord()
            r.id = row.id; r.ownerID = row.declarationID; r.version = row.version; r.changedBy = row.changedBy
            r.changedAt = BackupTime.date(row.changedAt); r.field = row.field; r.label = row.label
            r.oldValue = row.oldValue; r.newValue = row.newValue
            try await r.create(on: db)
        }
    }
}
