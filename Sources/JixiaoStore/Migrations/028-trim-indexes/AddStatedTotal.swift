import FluentKit
import FluentSQL

/// 028, second part: the self-score (自评得分) as exact decimal text in `stated_total`, written with
/// every save (`DashboardColumns`), so the dashboard's per-unit charts read columns only: the
/// self-score from here, the execution rate from 024's `rate_units` (the two budget figures are read
/// from the document only for the rare row beyond 024's columns). Existing rows are filled in one
/// statement from the document's `statedTotal` (a JSON string, copied as it is).
struct AddStatedTotal: AsyncMigration {
    var name: String { "028-AddStatedTotal" }

    func prepare(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        try await database.schema(EvaluationRecord.schema).field("stated_total", .string).update()
        let stated = DashboardQuery.jsonPath(dialect: sql.dialect.name)("statedTotal")
        try await sql.raw("UPDATE evaluations SET stated_total = \(unsafeRaw: stated) WHERE \(unsafeRaw: stated) IS NOT NULL").run()
    }

    func revert(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        // Plain SQL: Fluent's SQLite driver leaves a deleted field in place.
        try await sql.raw("ALTER TABLE evaluations DROP COLUMN stated_total").run()
    }
}
