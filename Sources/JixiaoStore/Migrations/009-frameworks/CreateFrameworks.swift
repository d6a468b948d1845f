import FluentKit

/// 009: `frameworks`, the frameworks administrators upload (the built-ins stay files).
struct CreateFrameworks: AsyncMigration {
    var name: String { "009-CreateFrameworks" }

    func prepare(on database: any Database) async throws {
        try await database.schema(FrameworkRecord.schema)
            .id()
            .field("framework_id", .string, .required)
            .field("title", .string, .required)
            .field("kind", .string, .required)
            .field("version", .int, .required)
            .field("format", .string, .required)
            .field("file_name", .string, .required)
            .field("source_text", .sql(unsafeRaw: "TEXT"), .required)
            .field("document", .sql(unsafeRaw: "TEXT"), .required)
            .field("uploaded_by", .string, .required)
            .field("uploaded_at", .datetime, .required)
            .unique(on: "framework_id")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(FrameworkRecord.schema).delete()
    }
}
