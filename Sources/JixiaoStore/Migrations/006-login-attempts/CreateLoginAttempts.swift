import FluentKit
import FluentSQL

/// 006: `login_attempts` (failed logins, for throttling shared by every process).
struct CreateLoginAttempts: AsyncMigration {
    var name: String { "006-CreateLoginAttempts" }

    func prepare(on database: any Database) async throws {
        try await database.schema(LoginAttemptRecord.schema)
            .id()
            .field("username", .string, .required)
            .field("attempted_at", .datetime, .required)
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.create(index: "login_attempts_username")
            .on(LoginAttemptRecord.schema).column("username").column("attempted_at").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(LoginAttemptRecord.schema).delete()
    }
}
