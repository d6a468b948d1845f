import FluentKit
import FluentSQL

/// 014: `evaluation_counts`, the number of evaluations per unit, year and status, kept by
/// triggers on `evaluations` in the same transaction as every insert, update and delete
/// (whatever writes them: the app, a backup import, another process). The list's table of
/// years and statuses then sums a few hundred rows instead of scanning every evaluation.
struct CreateEvaluationCounts: AsyncMigration {
    var name: String { "014-CreateEvaluationCounts" }
    static let table = "evaluation_counts"

    func prepare(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        try await database.schema(Self.table)
            .field("unit_code", .string, .required)
            .field("fiscal_year", .int, .required)
            .field("status", .string, .required)
            .field("n", .int, .required)
            .unique(on: "unit_code", "fiscal_year", "status")
            .create()
        try await sql.raw(
            """
            INSERT INTO evaluation_counts (unit_code, fiscal_year, status, n) \
            SELECT unit_code, fiscal_year, status, COUNT(*) FROM evaluations GROUP BY unit_code, fiscal_year, status
            """
        ).run()
        guard sql.dialect.name == "postgresql" else { return try await Self.triggers.create(on: sql) }
        for statement in Self.postgres { try await sql.raw(SQLQueryString(statement)).run() }
    }

    func revert(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        let drops =
            sql.dialect.name == "postgresql"
            ? [
                "DROP TRIGGER IF EXISTS evaluation_counts_track ON evaluations",
                "DROP FUNCTION IF EXISTS evaluation_counts_track()",
            ]
            : CountTriggers.Dialect.sqlite.drop(Self.table)
        for statement in drops { try await sql.raw(SQLQueryString(statement)).run() }
        try await database.schema(Self.table).delete()
    }

    private static let add = """
        INSERT INTO evaluation_counts (unit_code, fiscal_year, status, n) \
        VALUES (NEW.unit_code, NEW.fiscal_year, NEW.status, 1) \
        ON CONFLICT (unit_code, fiscal_year, status) DO UPDATE SET n = evaluation_counts.n + 1;
        """
    private static let remove = """
        UPDATE evaluation_counts SET n = n - 1 \
        WHERE unit_code = OLD.unit_code AND fiscal_year = OLD.fiscal_year AND status = OLD.status;
        """

    /// The triggers as `CountTriggers` writes them: SQLite's, and (since 019) PostgreSQL's.
    static let triggers = CountTriggers(table: table, columns: ["unit_code", "fiscal_year", "status"], add: add, remove: remove)

    /// 014 on PostgreSQL: the function of `triggers` and one trigger on every insert, delete and
    /// update naming a counted column (019 splits it into `triggers`' two).
    static let postgres = [
        triggers.statements(.postgresql)[0],
        """
        CREATE TRIGGER evaluation_counts_track AFTER INSERT OR DELETE OR UPDATE OF unit_code, fiscal_year, status \
        ON evaluations FOR EACH ROW EXECUTE FUNCTION evaluation_counts_track()
        """,
    ]
}
