import FluentKit
import FluentSQL
import JixiaoCore

extension DashboardQuery {
    /// The year's `DashboardSummary` in SQL: grouped sums over migration 024's integer columns
    /// (an index-only read of `evaluations_dashboard_scores`), the few rows whose numbers did not fit
    /// them read whole, and the findings per unit grouped over `evaluations_dashboard_findings`.
    /// Equals `DashboardSummary(rows: rows(year:))`; no document is read except a spilled row's.
    public func summary(year: Int, findings: Bool = true) async throws -> DashboardSummary {
        guard let sql = database as? any SQLDatabase else { return DashboardSummary() }
        var summary = DashboardSummary(rows: try await rows(year: year, spilled: true))
        summary.findings = []
        let groups = try await sql.raw("""
            SELECT status, grade, score_units / \(unsafeRaw: String(10 * ExactDecimal.one.units)) AS bin, \
            COUNT(*) AS n, COUNT(score_units) AS scored, CAST(SUM(score_units) AS TEXT) AS score_sum, \
            COUNT(rate_units) AS rates, CAST(SUM(rate_units) AS TEXT) AS rate_sum \
            FROM evaluations WHERE fiscal_year = \(bind: year) AND dashboard_spill = 0 GROUP BY status, grade, bin
            """).all()
        for group in groups { try Self.add(group, to: &summary) }
        if findings { summary.findings = try await unitFindings(year: year, on: sql) }
        return summary
    }

    private static func add(_ group: any SQLRow, to summary: inout DashboardSummary) throws {
        func units(_ column: String) throws -> ExactDecimal {
            try group.decodeNil(column: column) ? .zero
                : ExactDecimal(units: Int128(try group.decode(column: column, as: String.self)) ?? 0)
        }
        guard let status = EvaluationStatus(rawValue: try group.decode(column: "status", as: String.self)) else { return }
        let n = try group.decode(column: "n", as: Int.self)
        summary.count += n
        summary.statusCounts[status, default: 0] += n
        summary.rateSum = summary.rateSum + (try units("rate_sum"))
        summary.rates += try group.decode(column: "rates", as: Int.self)
        // Graded: not a draft and scored (a row has a score exactly when `score_units` is set).
        guard status != .draft, !(try group.decodeNil(column: "bin")) else { return }
        let scored = try group.decode(column: "scored", as: Int.self)
        if !(try group.decodeNil(column: "grade")),
           let grade = Grade(rawValue: try group.decode(column: "grade", as: String.self)) {
            summary.gradeCounts[grade, default: 0] += scored
        }
        summary.histogram[DashboardSummary.bin(Int128(try group.decode(column: "bin", as: Int.self)))] += scored
        summary.scoreSum = summary.scoreSum + (try units("score_sum"))
        summary.scored += scored
    }

    private func unitFindings(year: Int, on sql: any SQLDatabase) async throws -> [DashboardSummary.UnitFindings] {
        let rows = try await sql.raw("""
            SELECT unit_code, MIN(unit_name) AS unit_name, CAST(SUM(error_count) AS BIGINT) AS errors, \
            CAST(SUM(warning_count) AS BIGINT) AS warnings FROM evaluations WHERE fiscal_year = \(bind: year) \
            GROUP BY unit_code HAVING SUM(error_count) + SUM(warning_count) > 0
            """).all()
        return DashboardSummary.ordered(try rows.map { row in
            DashboardSummary.UnitFindings(
                unitCode: try row.decode(column: "unit_code", as: String.self),
                unitName: try row.decode(column: "unit_name", as: String.self),
                errors: try row.decode(column: "errors", as: Int.self), warnings: try row.decode(column: "warnings", as: Int.self))
        })
    }
}
