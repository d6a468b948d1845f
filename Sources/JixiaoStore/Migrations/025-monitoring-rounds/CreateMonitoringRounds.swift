import FluentKit
import FluentSQL

/// 025: `monitoring_rounds` (绩效运行监控, issue 17: one per unit, year, project title and
/// as-of date, by a unique index), `monitoring_history` (one row per changed field per save)
/// and `monitoring_dates` (the dates an administrator set for a year, unique per year and date).
struct CreateMonitoringRounds: AsyncMigration {
    var name: String { "025-CreateMonitoringRounds" }

    func prepare(on database: any Database) async throws {
        try await database.schema(MonitoringRoundRecord.schema)
            .id()
            .field("unit_code", .string, .required)
            .field("fiscal_year", .int, .required)
            .field("title", .string, .required)
            .field("as_of", .string, .required)
            .field("declaration_id", .string, .required)
            .field("status", .string, .required)
            .field("version", .int, .required)
            .field("document", .sql(unsafeRaw: "TEXT"), .required)
            .field("updated_by", .string, .required)
            .field("updated_at", .datetime, .required)
            .unique(on: "unit_code", "fiscal_year", "title", "as_of", name: "monitoring_rounds_key")
            .create()
        try await database.schema(MonitoringHistoryRecord.schema)
            .id()
            .field("round_id", .uuid, .required, .references(MonitoringRoundRecord.schema, "id", onDelete: .cascade))
            .field("version", .int, .required)
            .field("changed_by", .string, .required)
            .field("changed_at", .datetime, .required)
            .field("field", .string, .required)
            .field("label", .string, .required)
            .field("old_value", .sql(unsafeRaw: "TEXT"))
            .field("new_value", .sql(unsafeRaw: "TEXT"))
            .create()
        try await database.schema(MonitoringDateRecord.schema)
            .id()
            .field("fiscal_year", .int, .required)
            .field("as_of", .string, .required)
            .field("updated_by", .string, .required)
            .field("updated_at", .datetime, .required)
            .unique(on: "fiscal_year", "as_of", name: "monitoring_dates_key")
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.create(index: "monitoring_rounds_year")
            .on(MonitoringRoundRecord.schema).column("fiscal_year").column("updated_at").run()
        try await sql.create(index: "monitoring_history_round")
            .on(MonitoringHistoryRecord.schema).column("round_id").column("version").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(MonitoringDateRecord.schema).delete()
        try await database.schema(MonitoringHistoryRecord.schema).delete()
        try await database.schema(MonitoringRoundRecord.schema).delete()
    }
}
