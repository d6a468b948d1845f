import FluentKit

/// 011: `admin_log`, who changed which unit, user, year or framework, and when.
struct CreateAdminLog: AsyncMigration {
    var name: String { "011-CreateAdminLog" }

    func prepare(on database: any Database) async throws {
        try await database.schema(AdminLogRecord.schema)
            .id()
            .field("changed_at", .datetime, .required)
            .field("changed_by", .string, .required)
            .field("action", .string, .required)
            .field("detail", .sql(unsafeRaw: "TEXT"), .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(AdminLogRecord.schema).delete()
    }
}
