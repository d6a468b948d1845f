import FluentKit

/// 005: `api_tokens` (hashed bearer tokens of integrators).
struct CreateApiTokens: AsyncMigration {
    var name: String { "005-CreateApiTokens" }

    func prepare(on database: any Database) async throws {
        try await database.schema(ApiTokenRecord.schema)
            .id()
            .field("user_id", .uuid, .required, .references(UserRecord.schema, "id", onDelete: .cascade))
            .field("name", .string, .required)
            .field("token_hash", .string, .required)
            .field("created_at", .datetime)
            .unique(on: "token_hash")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(ApiTokenRecord.schema).delete()
    }
}
