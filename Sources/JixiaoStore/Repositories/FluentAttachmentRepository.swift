import FluentKit
import Foundation
import JixiaoCore

/// `AttachmentRepository` on Fluent: the description in `attachments`, the bytes in
/// `attachment_data`, both written in one transaction.
public struct FluentAttachmentRepository: AttachmentRepository {
    let database: any Database

    public init(database: any Database) { self.database = database }

    /// Written first and counted after (taken back when over), like the upload quota: processes
    /// racing for the last place may both be refused, but the limits are never passed.
    public func add(_ file: NewAttachment, rules: AttachmentRules) async throws -> Attachment {
        guard let evaluationID = UUID(uuidString: file.evaluationID) else { throw RepositoryError.notFound(id: file.evaluationID) }
        let record = AttachmentRecord()
        let id = UUID()
        record.id = id
        record.evaluationID = evaluationID
        record.owner = file.owner == .evaluation ? nil : file.owner.rawValue
        record.indicator = file.indicator
        record.name = file.name
        record.fileType = file.type.rawValue
        record.size = file.content.count
        record.isPublic = file.isPublic
        record.uploadedBy = file.uploadedBy
        record.uploadedAt = Date()
        let content = AttachmentDataRecord(id: id, content: Data(file.content))
        try await database.writeTransaction { db in
            try await record.create(on: db)
            try await content.create(on: db)
        }
        let sizes = try await AttachmentRecord.query(on: database).filter(\.$evaluationID == evaluationID)
            .filter(\.$id != id).all(\.$size)
        if let refusal = rules.quotaRefusal(count: sizes.count, total: sizes.reduce(0, +), adding: file.content.count) {
            try await delete(id: id.uuidString)
            throw refusal
        }
        guard let stored = record.attachment else { throw RepositoryError.notFound(id: id.uuidString) }
        return stored
    }

    public func list(evaluationID: String) async throws -> [Attachment] {
        guard let uuid = UUID(uuidString: evaluationID) else { return [] }
        return try await AttachmentRecord.query(on: database).filter(\.$evaluationID == uuid).filter(\.$owner == nil)
            .sort(\.$uploadedAt).sort(\.$id).all().compactMap(\.attachment)
    }

    public func list(rectificationID: String) async throws -> [Attachment] {
        guard let uuid = UUID(uuidString: rectificationID) else { return [] }
        return try await AttachmentRecord.query(on: database).filter(\.$evaluationID == uuid)
            .filter(\.$owner == AttachmentOwner.rectification.rawValue)
            .sort(\.$uploadedAt).sort(\.$id).all().compactMap(\.attachment)
    }

    public func find(id: String) async throws -> Attachment? {
        guard let uuid = UUID(uuidString: id) else { return nil }
        return try await AttachmentRecord.find(uuid, on: database)?.attachment
    }

    public func content(id: String) async throws -> [UInt8]? {
        guard let uuid = UUID(uuidString: id) else { return nil }
        return try await AttachmentDataRecord.find(uuid, on: database).map { Array($0.content) }
    }

    public func setPublic(id: String, _ isPublic: Bool) async throws {
        guard let uuid = UUID(uuidString: id) else { throw RepositoryError.notFound(id: id) }
        try await AttachmentRecord.query(on: database).filter(\.$id == uuid).set(\.$isPublic, to: isPublic).update()
    }

    public func delete(id: String) async throws {
        guard let uuid = UUID(uuidString: id) else { throw RepositoryError.notFound(id: id) }
        try await database.writeTransaction { db in
            try await AttachmentDataRecord.query(on: db).filter(\.$id == uuid).delete()
            try await AttachmentRecord.query(on: db).filter(\.$id == uuid).delete()
        }
    }
}

extension AttachmentRecord {
    var attachment: Attachment? {
        guard let id, let type = AttachmentType(rawValue: fileType),
            let owner = AttachmentOwner(rawValue: owner ?? AttachmentOwner.evaluation.rawValue)
        else { return nil }
        var attachment = Attachment(
            id: id.uuidString.lowercased(), evaluationID: evaluationID.uuidString.lowercased(),
            indicator: indicator, name: name, type: type, size: size, isPublic: isPublic,
            uploadedBy: uploadedBy, uploadedAt: uploadedAt)
        attachment.owner = owner
        return attachment
    }
}
