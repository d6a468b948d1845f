import FluentKit
import FluentSQL

/// 031: the to-do page's filters by status. The finance bureau's `/todo` and home count select the
/// monitoring rounds at a status across every unit, newest change first (`status, updated_at, id`),
/// and the 整改 items at a status, earliest deadline first, and the open ones past their deadline
/// (`status, deadline`); the earlier indexes of both tables lead with the unit or the year.
struct CreateTodoIndexes: AsyncMigration {
    var name: String { "031-CreateTodoIndexes" }

    func prepare(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.create(index: "monitoring_rounds_status")
            .on(MonitoringRoundRecord.schema).column("status").column("updated_at").column("id").run()
        try await sql.create(index: "rectifications_status_deadline")
            .on(RectificationRecord.schema).column("status").column("deadline").run()
    }

    func revert(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.drop(index: "rectifications_status_deadline").run()
        try await sql.drop(index: "monitoring_rounds_status").run()
    }
}
