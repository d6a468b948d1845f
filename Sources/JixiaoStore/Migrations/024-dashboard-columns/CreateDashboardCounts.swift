import FluentKit
import FluentSQL
import Foundation

/// 024 (second part): `evaluation_dashboard_counts`, the dashboard's sums per year, status, grade
/// and 10-point bin, kept by triggers in the transaction of every write like 019's year counts, so
/// the dashboard reads a few dozen rows where it summed 125,000 index entries a year (35 ms each
/// on PostgreSQL at province size). Rows marked `dashboard_spill` are left out (read whole).
/// No grade is stored as '' and no score as bin `noBin`: key columns cannot be NULL for the upsert.
struct CreateDashboardCounts: AsyncMigration {
    var name: String { "024-CreateDashboardCounts" }
    static let table = "evaluation_dashboard_counts"
    static let noBin = -999
    static let binUnits = "10000000000"

    func prepare(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        try await database.schema(Self.table)
            .field("fiscal_year", .int, .required).field("status", .string, .required)
            .field("grade", .string, .required).field("bin", .int, .required)
            .field("n", .int, .required).field("score_sum", .int64, .required)
            .field("rates", .int, .required).field("rate_sum", .int64, .required)
            .unique(on: "fiscal_year", "status", "grade", "bin")
            .create()
        let fill = """
            INSERT INTO \(Self.table) (fiscal_year, status, grade, bin, n, score_sum, rates, rate_sum) \
            SELECT fiscal_year, status, COALESCE(grade, ''), COALESCE(score_units / \(Self.binUnits), \(Self.noBin)), \
            COUNT(*), COALESCE(SUM(score_units), 0), COUNT(rate_units), COALESCE(SUM(rate_units), 0) \
            FROM evaluations WHERE dashboard_spill = 0 \
            GROUP BY fiscal_year, status, COALESCE(grade, ''), COALESCE(score_units / \(Self.binUnits), \(Self.noBin))
            """
        try await sql.raw(SQLQueryString(fill)).run()
        try await Self.triggers.create(on: sql)
    }

    func revert(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        try await Self.triggers.drop(on: sql)
        try await database.schema(Self.table).delete()
    }

    private static func key(_ row: String) -> String {
        "\(row).fiscal_year, \(row).status, COALESCE(\(row).grade, ''), COALESCE(\(row).score_units / \(binUnits), \(noBin))"
    }

    private static let add = """
        INSERT INTO \(table) (fiscal_year, status, grade, bin, n, score_sum, rates, rate_sum) \
        SELECT \(key("NEW")), 1, COALESCE(NEW.score_units, 0), CASE WHEN NEW.rate_units IS NULL THEN 0 ELSE 1 END, \
        COALESCE(NEW.rate_units, 0) WHERE NEW.dashboard_spill = 0 \
        ON CONFLICT (fiscal_year, status, grade, bin) DO UPDATE SET n = \(table).n + 1, \
        score_sum = \(table).score_sum + excluded.score_sum, rates = \(table).rates + excluded.rates, \
        rate_sum = \(table).rate_sum + excluded.rate_sum;
        """
    private static let remove = """
        UPDATE \(table) SET n = n - 1, score_sum = score_sum - COALESCE(OLD.score_units, 0), \
        rates = rates - CASE WHEN OLD.rate_units IS NULL THEN 0 ELSE 1 END, \
        rate_sum = rate_sum - COALESCE(OLD.rate_units, 0) \
        WHERE (fiscal_year, status, grade, bin) = (\(key("OLD"))) AND OLD.dashboard_spill = 0;
        """
    static let triggers = CountTriggers(
        table: table, columns: ["fiscal_year", "status", "grade", "score_units", "rate_units", "dashboard_spill"],
        add: add, remove: remove)
}
