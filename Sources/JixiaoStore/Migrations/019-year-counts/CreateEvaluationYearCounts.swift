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
        for statement in sql.dialect.name == "postgresql" ? Self.postgres : Self.sqlite {
            try await sql.raw(SQLQueryString(statement)).run()
        }
    }

    func revert(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        let drops =
            sql.dialect.name == "postgresql"
            ? [
                "DROP TRIGGER IF EXISTS evaluation_year_counts_write ON evaluations",
                "DROP TRIGGER IF EXISTS evaluation_year_counts_change ON evaluations",
                "DROP FUNCTION IF EXISTS evaluation_year_counts_track()",
                "DROP TRIGGER IF EXISTS evaluation_counts_write ON evaluations",
                "DROP TRIGGER IF EXISTS evaluation_counts_change ON evaluations",
                CreateEvaluationCounts.postgres[1],
            ]
            : [
                "DROP TRIGGER IF EXISTS evaluation_year_counts_insert", "DROP TRIGGER IF EXISTS evaluation_year_counts_update",
                "DROP TRIGGER IF EXISTS evaluation_year_counts_delete",
            ]
        for statement in drops { try await sql.raw(SQLQueryString(statement)).run() }
        try await database.schema(Self.table).delete()
    }

    private static let add = """
        INSERT INTO evaluation_year_counts (fiscal_year, status, n) VALUES (NEW.fiscal_year, NEW.status, 1) \
        ON CONFLICT (fiscal_year, status) DO UPDATE SET n = evaluation_year_counts.n + 1;
        """
    private static let remove = """
        UPDATE evaluation_year_counts SET n = n - 1 WHERE fiscal_year = OLD.fiscal_year AND status = OLD.status;
        """

    static let sqlite = [
        "CREATE TRIGGER evaluation_year_counts_insert AFTER INSERT ON evaluations BEGIN \(add) END",
        "CREATE TRIGGER evaluation_year_counts_delete AFTER DELETE ON evaluations BEGIN \(remove) END",
        """
        CREATE TRIGGER evaluation_year_counts_update AFTER UPDATE OF fiscal_year, status ON evaluations \
        WHEN OLD.fiscal_year IS NOT NEW.fiscal_year OR OLD.status IS NOT NEW.status BEGIN \(remove) \(add) END
        """,
    ]

    static let postgres = [
        """
        CREATE FUNCTION evaluation_year_counts_track() RETURNS trigger AS $$ BEGIN \
        IF TG_OP <> 'INSERT' THEN \(remove) END IF; \
        IF TG_OP <> 'DELETE' THEN \(add) END IF; \
        RETURN NULL; END $$ LANGUAGE plpgsql
        """,
        """
        CREATE TRIGGER evaluation_year_counts_write AFTER INSERT OR DELETE ON evaluations \
        FOR EACH ROW EXECUTE FUNCTION evaluation_year_counts_track()
        """,
        """
        CREATE TRIGGER evaluation_year_counts_change AFTER UPDATE OF fiscal_year, status ON evaluations FOR EACH ROW \
        WHEN (OLD.fiscal_year IS DISTINCT FROM NEW.fiscal_year OR OLD.status IS DISTINCT FROM NEW.status) \
        EXECUTE FUNCTION evaluation_year_counts_track()
        """,
        // 014's trigger, split: on an update only when unit, year or status changed.
        "DROP TRIGGER IF EXISTS evaluation_counts_track ON evaluations",
        """
        CREATE TRIGGER evaluation_counts_write AFTER INSERT OR DELETE ON evaluations \
        FOR EACH ROW EXECUTE FUNCTION evaluation_counts_track()
        """,
        """
        CREATE TRIGGER evaluation_counts_change AFTER UPDATE OF unit_code, fiscal_year, status ON evaluations \
        FOR EACH ROW WHEN (OLD.unit_code IS DISTINCT FROM NEW.unit_code OR OLD.fiscal_year IS DISTINCT FROM \
        NEW.fiscal_year OR OLD.status IS DISTINCT FROM NEW.status) EXECUTE FUNCTION evaluation_counts_track()
        """,
    ]
}
