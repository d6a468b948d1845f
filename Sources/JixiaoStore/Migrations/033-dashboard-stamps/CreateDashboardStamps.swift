import FluentKit
import FluentSQL

/// 033: `evaluation_change_stamps`, a counter per fiscal year raised by triggers in the transaction of
/// every write of an evaluation that changes what the dashboard shows (any writer, any process), so a
/// process may keep a year's computed dashboard and check it with one cheap read
/// (`DashboardQuery.changeStamp`). The counters only grow: an equal sum means no such write committed.
/// Each year's counter is split over `shards` rows, the writer's PostgreSQL backend choosing its row
/// (`pg_backend_pid()`), so concurrent saves do not queue on one hot row and one transaction takes one
/// row a year; SQLite has one writer and one row a year.
struct CreateDashboardStamps: AsyncMigration {
    var name: String { "033-CreateDashboardStamps" }
    static let table = "evaluation_change_stamps"
    static let shards = 64

    /// The columns of `evaluations` the dashboard reads (`DashboardQuery`, the counts 024 keeps);
    /// the document only for a row beyond 024's columns (`dashboard_spill`).
    static let columns = [
        "fiscal_year", "kind", "status", "unit_code", "unit_name", "title", "total", "grade", "error_count",
        "warning_count", "stated_total", "score_units", "rate_units", "dashboard_spill",
    ]

    func prepare(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        try await database.schema(Self.table)
            .field("fiscal_year", .int, .required).field("shard", .int, .required).field("n", .int64, .required)
            .unique(on: "fiscal_year", "shard")
            .create()
        for statement in Self.statements(postgres: sql.dialect.name == "postgresql") {
            try await sql.raw(SQLQueryString(statement)).run()
        }
    }

    func revert(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        let drops =
            sql.dialect.name == "postgresql"
            ? [
                "DROP TRIGGER IF EXISTS \(Self.table)_write ON evaluations", "DROP FUNCTION IF EXISTS \(Self.table)_bump()",
            ] : ["insert", "update", "delete"].map { "DROP TRIGGER IF EXISTS \(Self.table)_\($0)" }
        for statement in drops { try await sql.raw(SQLQueryString(statement)).run() }
        try await database.schema(Self.table).delete()
    }

    /// Raises the counter of `row`'s year (`NEW` or `OLD`).
    static func bump(_ row: String, shard: String) -> String {
        """
        INSERT INTO \(table) (fiscal_year, shard, n) VALUES (\(row).fiscal_year, \(shard), 1) \
        ON CONFLICT (fiscal_year, shard) DO UPDATE SET n = \(table).n + 1;
        """
    }

    /// `OLD` and `NEW` differ in a column the dashboard reads.
    static func changed(differs: String) -> String {
        let spilled = "((OLD.dashboard_spill = 1 OR NEW.dashboard_spill = 1) AND OLD.document \(differs) NEW.document)"
        return (columns.map { "OLD.\($0) \(differs) NEW.\($0)" } + [spilled]).joined(separator: " OR ")
    }

    static func statements(postgres: Bool) -> [String] {
        guard postgres else {
            let (new, old) = (bump("NEW", shard: "0"), bump("OLD", shard: "0"))
            return [
                "CREATE TRIGGER \(table)_insert AFTER INSERT ON evaluations BEGIN \(new) END",
                "CREATE TRIGGER \(table)_delete AFTER DELETE ON evaluations BEGIN \(old) END",
                "CREATE TRIGGER \(table)_update AFTER UPDATE ON evaluations WHEN \(changed(differs: "IS NOT")) BEGIN \(old) \(new) END",
            ]
        }
        // The comparison is in the function's body, not the trigger's WHEN: PL/pgSQL reads the
        // columns when it runs, so a migration may still drop and add them (a WHEN would pin them).
        let shard = "pg_backend_pid() % \(shards)"
        return [
            """
            CREATE FUNCTION \(table)_bump() RETURNS trigger AS $$ BEGIN \
            IF TG_OP = 'UPDATE' THEN IF NOT (\(changed(differs: "IS DISTINCT FROM"))) THEN RETURN NULL; END IF; END IF; \
            IF TG_OP = 'INSERT' THEN \(bump("NEW", shard: shard)) ELSE \(bump("OLD", shard: shard)) \
            IF TG_OP = 'UPDATE' THEN IF NEW.fiscal_year <> OLD.fiscal_year THEN \(bump("NEW", shard: shard)) END IF; END IF; \
            END IF; \
            RETURN NULL; END $$ LANGUAGE plpgsql
            """,
            """
            CREATE TRIGGER \(table)_write AFTER INSERT OR UPDATE OR DELETE ON evaluations \
            FOR EACH ROW EXECUTE FUNCTION \(table)_bump()
            """,
        ]
    }
}
