import FluentKit
import FluentSQL

/// 019: `evaluation_year_counts`, the number of evaluations per year and status over all units,
/// kept by triggers like 014's table. A reviewer's list (every unit) summed 014's rows — one per
/// unit, year and status, tens of thousands for a province — on every request; it now reads a
/// few dozen. On PostgreSQL 014's trigger is split so that an update touches the counts only
/// when unit, year or status really changed (a save names every column in its UPDATE, which
/// fired the trigger and rewrote two count rows on every save).
struct CreateEvaluationYearCounts: AsyncMigration {
    var name: String { "019-CreateEvaluationYearCounts" }
    static let table = "evaluation_year_counts"

    func prepare(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        try await database.schema(Self.table)
            .field("fiscal_year", .int, .required)
            .field("status", .string, .required)
            .field("n", .int, .required)
            .unique(on: "fiscal_year", "status")
            .create()
        try await sql.raw(
            """
            INSERT INTO evaluation_year_counts (fiscal_year, status, n) \
            SELECT fiscal_year, status, COUNT(*) FROM evaluations GROUP BY fiscal_year, status
            """
        ).run()
        try await Self.triggers.create(on: sql)
        guard sql.dialect.name == "postgresql" else { return }
        for statement in Self.splitCounts { try await sql.raw(SQLQueryString(statement)).run() }
    }

    func revert(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        try await Self.triggers.drop(on: sql)
        if sql.dialect.name == "postgresql" {
            let drops = [
                "DROP TRIGGER IF EXISTS evaluation_counts_write ON evaluations",
                "DROP TRIGGER IF EXISTS evaluation_counts_change ON evaluations",
                CreateEvaluationCounts.postgres[1],
            ]
            for statement in drops { try await sql.raw(SQLQueryString(statement)).run() }
        }
        try await database.schema(Self.table).delete()
    }

    private static let add = """
        INSERT INTO evaluation_year_counts (fiscal_year, status, n) VALUES (NEW.fiscal_year, NEW.status, 1) \
        ON CONFLICT (fiscal_year, status) DO UPDATE SET n = evaluation_year_counts.n + 1;
        """
    private static let remove = """
        UPDATE evaluation_year_counts SET n = n - 1 WHERE fiscal_year = OLD.fiscal_year AND status = OLD.status;
        """

    static let triggers = CountTriggers(table: table, columns: ["fiscal_year", "status"], add: add, remove: remove)

    /// 014's trigger on PostgreSQL, split: on an update only when unit, year or status changed.
    static let splitCounts =
        ["DROP TRIGGER IF EXISTS evaluation_counts_track ON evaluations"]
        + CreateEvaluationCounts.triggers.statements(.postgresql).dropFirst()
}
