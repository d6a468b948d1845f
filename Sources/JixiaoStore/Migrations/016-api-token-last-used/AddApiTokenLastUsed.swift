import FluentKit

/// 016: `api_tokens.last_used_at`, shown on the tokens page (refreshed at most every few minutes).
struct AddApiTokenLastUsed: AsyncMigration {
    var name: String { "016-AddApiTokenLastUsed" }

    func prepare(on database: any Database) async throws {
        try await database.schema(ApiTokenRecord.schema).field("last_used_at", .datetime).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(ApiTokenRecord.schema).deleteField("last_used_at").update()
    }
}
