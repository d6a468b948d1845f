import FluentKit
import FluentSQL

/// 015: `login_attempts.client` (the client address), so failed logins throttle one
/// (user name, client) pair rather than the whole account.
struct AddLoginAttemptClient: AsyncMigration {
    var name: String { "015-AddLoginAttemptClient" }

    func prepare(on database: any Database) async throws {
        try await database.schema(LoginAttemptRecord.schema)
            .field("client", .string, .required, .sql(.default("")))
            .update()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.create(index: "login_attempts_pair")
            .on(LoginAttemptRecord.schema).column("username").column("client").column("attempted_at").run()
    }

    func revert(on database: any Database) async throws {
        if let sql = database as? any SQLDatabase { try await sql.drop(index: "login_attempts_pair").run() }
        try await database.schema(LoginAttemptRecord.schema).deleteField("client").update()
    }
}
