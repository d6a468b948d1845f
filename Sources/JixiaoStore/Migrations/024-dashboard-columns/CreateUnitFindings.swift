import FluentKit
import FluentSQL

/// 024 (third part): `evaluation_unit_findings`, errors and warnings per year, unit and unit name
/// (with the number of evaluations), kept by triggers like `CreateDashboardCounts`, so the dashboard's
/// 问题最多的单位 reads one row per unit instead of grouping 125,000 index entries a year (23 ms).
struct CreateUnitFindings: AsyncMigration {
    var name: String { "024-CreateUnitFindings" }
    static let table = "evaluation_unit_findings"

    func prepare(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        try await database.schema(Self.table)
            .field("fiscal_year", .int, .required).field("unit_code", .string, .required)
            .field("unit_name", .string, .required).field("n", .int, .required)
            .field("errors", .int, .required).field("warnings", .int, .required)
            .unique(on: "fiscal_year", "unit_code", "unit_name")
            .create()
        try await sql.raw(
            SQLQueryString(
                """
                INSERT INTO \(Self.table) (fiscal_year, unit_code, unit_name, n, errors, warnings) \
                SELECT fiscal_year, unit_code, unit_name, COUNT(*), SUM(error_count), SUM(warning_count) \
                FROM evaluations GROUP BY fiscal_year, unit_code, unit_name
                """)
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
                "DROP TRIGGER IF EXISTS evaluation_unit_findings_write ON evaluations",
                "DROP TRIGGER IF EXISTS evaluation_unit_findings_change ON evaluations",
                "DROP FUNCTION IF EXISTS evaluation_unit_findings_track()",
            ]
            : [
                "DROP TRIGGER IF EXISTS evaluation_unit_findings_insert",
                "DROP TRIGGER IF EXISTS evaluation_unit_findings_update",
                "DROP TRIGGER IF EXISTS evaluation_unit_findings_delete",
            ]
        for statement in drops { try await sql.raw(SQLQueryString(statement)).run() }
        try await database.schema(Self.table).delete()
    }

    private static let add = """
        INSERT INTO \(table) (fiscal_year, unit_code, unit_name, n, errors, warnings) \
        VALUES (NEW.fiscal_year, NEW.unit_code, NEW.unit_name, 1, NEW.error_count, NEW.warning_count) \
        ON CONFLICT (fiscal_year, unit_code, unit_name) DO UPDATE SET n = \(table).n + 1, \
        errors = \(table).errors + excluded.errors, warnings = \(table).warnings + excluded.warnings;
        """
    private static let remove = """
        UPDATE \(table) SET n = n - 1, errors = errors - OLD.error_count, warnings = warnings - OLD.warning_count \
        WHERE fiscal_year = OLD.fiscal_year AND unit_code = OLD.unit_code AND unit_name = OLD.unit_name;
        """
    private static let columns = "fiscal_year, unit_code, unit_name, error_count, warning_count"
    private static func changed(_ distinct: String) -> String {
        ["fiscal_year", "unit_code", "unit_name", "error_count", "warning_count"]
            .map { "OLD.\($0) \(distinct) NEW.\($0)" }.joined(separator: " OR ")
    }

    static let sqlite = [
        "CREATE TRIGGER evaluation_unit_findings_insert AFTER INSERT ON evaluations BEGIN \(add) END",
        "CREATE TRIGGER evaluation_unit_findings_delete AFTER DELETE ON evaluations BEGIN \(remove) END",
        """
        CREATE TRIGGER evaluation_unit_findings_update AFTER UPDATE OF \(columns) ON evaluations \
        WHEN \(changed("IS NOT")) BEGIN \(remove) \(add) END
        """,
    ]

    static let postgres = [
        """
        CREATE FUNCTION evaluation_unit_findings_track() RETURNS trigger AS $$ BEGIN \
        IF TG_OP <> 'INSERT' THEN \(remove) END IF; \
        IF TG_OP <> 'DELETE' THEN \(add) END IF; \
        RETURN NULL; END $$ LANGUAGE plpgsql
        """,
        """
        CREATE TRIGGER evaluation_unit_findings_write AFTER INSERT OR DELETE ON evaluations \
        FOR EACH ROW EXECUTE FUNCTION evaluation_unit_findings_track()
        """,
        """
        CREATE TRIGGER evaluation_unit_findings_change AFTER UPDATE OF \(columns) ON evaluations FOR EACH ROW \
        WHEN (\(changed("IS DISTINCT FROM"))) EXECUTE FUNCTION evaluation_unit_findings_track()
        """,
    ]
}
