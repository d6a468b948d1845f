import FluentKit

/// 029: `attachments.owner`, nullable: nil for an evaluation's 佐证材料 (every earlier row),
/// `rectification` when `evaluation_id` holds a 整改 item's id (the unit's evidence).
struct AddAttachmentOwner: AsyncMigration {
    var name: String { "029-AddAttachmentOwner" }

    func prepare(on database: any Database) async throws {
        try await database.schema(AttachmentRecord.schema).field("owner", .string).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(AttachmentRecord.schema).deleteField("owner").update()
    }
}
