import FluentKit

/// 013: `sessions`, the web sessions (one row per signed-in or form-holding browser).
/// `user_id` repeats the session's user so that one query reads session and user;
/// `created_at` and `seen_at` let the web layer refuse and delete expired sessions.
/// (Earlier versions kept sessions in Fluent's `_fluent_sessions`; a database migrated
/// before keeps that table unused, and its sessions sign in again.)
struct CreateSessions: AsyncMigration {
    var name: String { "013-CreateSessions" }

    func prepare(on database: any Database) async throws {
        try await database.schema(FluentSessionRepository.table)
            .field("key", .string, .identifier(auto: false))
            .field("user_id", .uuid, .references(UserRecord.schema, "id", onDelete: .cascade))
            .field("data", .sql(unsafeRaw: "TEXT"), .required)
            .field("created_at", .datetime, .required)
            .field("seen_at", .datetime, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(FluentSessionRepository.table).delete()
    }
}
