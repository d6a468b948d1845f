import FluentKit

/// 001: the `units` table.
struct CreateUnits: AsyncMigration {
    var name: String { "001-CreateUnits" }

    func prepare(on database: any Database) async throws {
        try await database.schema(UnitRecord.schema)
            .id()
            .field("code", .string, .required)
            .field("name", .string, .required)
            .field("region", .string)
            .field("parent_code", .string)
            .unique(on: "code")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(UnitRecord.schema).delete()
    }
}
