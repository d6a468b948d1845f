import FluentKit
import FluentSQL
import JixiaoCore

extension DashboardQuery {
    /// The year's `DashboardSummary` in SQL: the sums kept in `evaluation_dashboard_counts` (migration
    /// 024, by triggers over its integer columns), the few rows whose numbers did not fit them read
    /// whole, and the findings per unit from `evaluation_unit_findings` (kept by triggers too).
    /// Equals `DashboardSummary(rows: rows(year:))` but that only the first `findings` units' findings
    /// are read (chosen in SQL); no document is read except a spilled row's.
    public func summary(year: Int, findings: Int = .max) async throws -> DashboardSummary {
        guard let sql = reader ?? database as? any SQLDatabase else { return DashboardSummary() }
        var summary = DashboardSummary(rows: try await rows(year: year, spilled: true))
        summary.findings = []
        let groups = try await sql.raw(
            """
            SELECT status, grade, bin, n, score_sum, rates, rate_sum FROM evaluation_dashboard_counts \
            WHERE fiscal_year = \(bind: year) AND n > 0
            """
        ).all()
        for group in groups { try Self.add(group, to: &summary) }
        if findings > 0 { summary.findings = try await unitFindings(year: year, limit: findings, on: sql) }
        return summary
    }

    private static func add(_ group: any SQLRow, to summary: inout DashboardSummary) throws {
        func units(_ column: String) throws -> ExactDecimal {
            ExactDecimal(units: Int128(try group.decode(column: column, as: Int64.self)))
        }
        guard let status = EvaluationStatus(rawValue: try group.decode(column: "status", as: String.self)) else { return }
        let n = try group.decode(column: "n", as: Int.self)
        summary.count += n
        summary.statusCounts[status, default: 0] += n
        summary.rateSum = summary.rateSum + (try units("rate_sum"))
        summary.rates += try group.decode(column: "rates", as: Int.self)
        // Graded: not a draft and scored (a row has a score exactly when `score_units` is set).
        let bin = try group.decode(column: "bin", as: Int.self)
        guard status != .draft, bin != CreateDashboardCounts.noBin else { return }
        let scored = n
        if let grade = Grade(rawValue: try group.decode(column: "grade", as: String.self)) {
            summary.gradeCounts[grade, default: 0] += scored
        }
        summary.histogram[DashboardSummary.bin(Int128(bin))] += scored
        summary.scoreSum = summary.scoreSum + (try units("score_sum"))
        summary.scored += scored
    }

    /// The first `limit` units of `DashboardSummary.ordered`: most findings first, then by name and
    /// code compared as Swift compares them (code points: `COLLATE "C"` on PostgreSQL, SQLite's default).
    private func unitFindings(year: Int, limit: Int, on sql: any SQLDatabase) async throws -> [DashboardSummary.UnitFindings] {
        let c = sql.dialect.name == "sqlite" ? "" : " COLLATE \"C\""
        var query: SQLQueryString = """
            SELECT unit_code, MIN(unit_name\(unsafeRaw: c)) AS unit_name, CAST(SUM(errors) AS BIGINT) AS errors, \
            CAST(SUM(warnings) AS BIGINT) AS warnings FROM evaluation_unit_findings \
            WHERE fiscal_year = \(bind: year) AND n > 0 GROUP BY unit_code HAVING SUM(errors) + SUM(warnings) > 0 \
            ORDER BY SUM(errors) + SUM(warnings) DESC, MIN(unit_name\(unsafeRaw: c)), unit_code\(unsafeRaw: c)
            """
        if limit < .max { query = query + " LIMIT \(bind: limit)" }
        let rows = try await sql.raw(query).all()
        return DashboardSummary.ordered(
            try rows.map { row in
                DashboardSummary.UnitFindings(
                    unitCode: try row.decode(column: "unit_code", as: String.self),
                    unitName: try row.decode(column: "unit_name", as: String.self),
                    errors: try row.decode(column: "errors", as: Int.self), warnings: try row.decode(column: "warnings", as: Int.self))
            })
    }
}
