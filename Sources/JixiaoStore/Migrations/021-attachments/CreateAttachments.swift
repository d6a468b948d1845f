import FluentKit
import FluentSQL

/// 021: `attachments` (佐证材料: name, sniffed type, size, indicator, public flag, who and
/// when) and `attachment_data` (their bytes: BLOB on SQLite, BYTEA on PostgreSQL), so that
/// every app process on one database serves the same files.
struct CreateAttachments: AsyncMigration {
    var name: String { "021-CreateAttachments" }

    func prepare(on database: any Database) async throws {
        try await database.schema(AttachmentRecord.schema)
            .id()
            .field("evaluation_id", .uuid, .required)
            .field("indicator", .string)
            .field("name", .string, .required)
            .field("file_type", .string, .required)
            .field("size", .int, .required)
            .field("is_public", .bool, .required)
            .field("uploaded_by", .string, .required)
            .field("uploaded_at", .datetime, .required)
            .create()
        try await database.schema(AttachmentDataRecord.schema)
            .id()
            .field("content", .data, .required)
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.create(index: "attachments_evaluation")
            .on(AttachmentRecord.schema).column("evaluation_id").column("uploaded_at").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(AttachmentDataRecord.schema).delete()
        try await database.schema(AttachmentRecord.schema).delete()
    }
}
