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
        try await Self.triggers.create(on: sql)
    }

    func revert(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        try await Self.triggers.drop(on: sql)
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
    static let triggers = CountTriggers(
        table: table, columns: ["fiscal_year", "unit_code", "unit_name", "error_count", "warning_count"],
        add: add, remove: remove)
}
