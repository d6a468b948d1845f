import FluentKit
import FluentSQL

/// 022: `fiscal_years.deadline` (填报截止日期, an ISO date, optional) and `notifications`
/// (in-app messages, one row per recipient, unread while `read_at` is null).
struct AddDeadlinesAndNotices: AsyncMigration {
    var name: String { "022-AddDeadlinesAndNotices" }

    func prepare(on database: any Database) async throws {
        try await database.schema(FiscalYearRecord.schema).field("deadline", .string).update()
        try await database.schema(NoticeRecord.schema)
            .id()
            .field("user_id", .uuid, .required, .references(UserRecord.schema, "id", onDelete: .cascade))
            .field("evaluation_id", .uuid, .required, .references(EvaluationRecord.schema, "id", onDelete: .cascade))
            .field("message", .string, .required)
            .field("created_at", .datetime, .required)
            .field("read_at", .datetime)
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        // The unread count is read with the session on every page: by user, then read or not.
        try await sql.create(index: "notifications_user")
            .on(NoticeRecord.schema).column("user_id").column("read_at").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(NoticeRecord.schema).delete()
        try await database.schema(FiscalYearRecord.schema).deleteField("deadline").update()
    }
}
