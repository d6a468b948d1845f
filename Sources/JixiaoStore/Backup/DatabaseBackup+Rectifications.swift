import FluentKit
import Foundation

// 整改 items (migration 026): an optional key on read, so backups made before it still restore.
extension DatabaseBackup {
    public struct RectificationRow: Codable, Sendable, Equatable {
        public var id: UUID
        public var unitCode: String
        public var fiscalYear: Int
        public var status: String
        public var subjectKind: String
        public var subjectID: String
        public var deadline: String
        public var raisedAt: Int64
        public var version: Int
        /// The Core `Rectification` as JSON, as stored.
        public var document: String
        public var updatedAt: Int64
    }

    static func exportRectifications(from db: any Database) async throws -> [RectificationRow] {
        try await RectificationRecord.query(on: db).all().compactMap { r in
            r.id.map {
                RectificationRow(
                    id: $0, unitCode: r.unitCode, fiscalYear: r.fiscalYear, status: r.status, subjectKind: r.subjectKind,
                    subjectID: r.subjectID, deadline: r.deadline, raisedAt: BackupTime.ms(r.raisedAt), version: r.version,
                    document: r.document, updatedAt: BackupTime.ms(r.updatedAt))
            }
        }.sorted { $0.id.uuidString < $1.id.uuidString }
    }

    func restoreRectifications(into db: any Database) async throws {
        for row in rectifications {
            let r = RectificationRecord()
            r.id = row.id
            r.unitCode = row.unitCode
            r.fiscalYear = row.fiscalYear
            r.status = row.status
            r.subjectKind = row.subjectKind
            r.subjectID = row.subjectID
            r.deadline = row.deadline
            r.raisedAt = BackupTime.date(row.raisedAt)
            r.version = row.version
            r.document = row.document
            r.updatedAt = BackupTime.date(row.updatedAt)
            try await r.create(on: db)
        }
    }
}
