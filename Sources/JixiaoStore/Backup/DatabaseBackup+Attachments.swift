import FluentKit
import Foundation

// The attachments (佐证材料, format 3): each file's description and its bytes (base64 in the JSON).
extension DatabaseBackup {
    public struct AttachmentRow: Codable, Sendable, Equatable {
        public var id: UUID
        public var evaluationID: UUID
        /// The owner kind (`rectification`); absent for an evaluation's file and in older backups.
        public var owner: String?
        public var indicator: String?
        public var name: String
        /// The sniffed type (`pdf`, `png`, `jpeg`, `docx`, `xlsx`).
        public var fileType: String
        public var size: Int
        public var isPublic: Bool
        public var uploadedBy: String
        public var uploadedAt: Int64
        public var content: Data
    }

    static func exportAttachments(from db: any Database) async throws -> [AttachmentRow] {
        let records = try await AttachmentRecord.query(on: db).all()
        var rows: [AttachmentRow] = []
        for r in records {
            guard let id = r.id, let data = try await AttachmentDataRecord.find(id, on: db) else { continue }
            rows.append(
                AttachmentRow(
                    id: id, evaluationID: r.evaluationID, owner: r.owner, indicator: r.indicator, name: r.name,
                    fileType: r.fileType, size: r.size, isPublic: r.isPublic, uploadedBy: r.uploadedBy,
                    uploadedAt: BackupTime.ms(r.uploadedAt), content: data.content))
        }
        return rows.sorted { $0.id.uuidString < $1.id.uuidString }
    }

    func restoreAttachments(into db: any Database) async throws {
        for row in attachments {
            let r = AttachmentRecord()
            r.id = row.id; r.evaluationID = row.evaluationID; r.owner = row.owner; r.indicator = row.indicator; r.name = row.name
            r.fileType = row.fileType; r.size = row.size; r.isPublic = row.isPublic; r.uploadedBy = row.uploadedBy
            r.uploadedAt = BackupTime.date(row.uploadedAt)
            try await r.create(on: db)
            try await AttachmentDataRecord(id: row.id, content: row.content).create(on: db)
        }
    }
}
