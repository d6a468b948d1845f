import FluentKit
import FluentSQL

/// 004: `evaluation_history`, one row per changed field per save.
struct CreateHistory: AsyncMigration {
    var name: String { "004-CreateHistory" }

    func prepare(on database: any Database) async throws {
        try await database.schema(HistoryRecord.schema)
            .id()
            .field("evaluation_id", .uuid, .required, .references(EvaluationRecord.schema, "id", onDelete: .cascade))
            .field("version", .int, .required)
            .field("changed_by", .string, .required)
            .field("changed_at", .datetime, .required)
            .field("field", .string, .required)
            .field("label", .string, .required)
            .field("old_value", .sql(unsafeRaw: "TEXT"))
            .field("new_value", .sql(unsafeRaw: "TEXT"))
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.create(index: "evaluation_history_evaluation")
            .on(HistoryRecord.schema).column("evaluation_id").column("version").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(HistoryRecord.schema).delete()
    }
}
