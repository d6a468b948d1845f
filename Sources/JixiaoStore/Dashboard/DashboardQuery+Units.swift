import FluentKit
import FluentSQL
import JixiaoCore

extension DashboardQuery {
    /// The rows the per-unit charts show, chosen in SQL (`ORDER BY … LIMIT`: the highest and lowest
    /// `rate_units` of migration 024, the largest gaps between 028's `stated_total` and `total`; ties
    /// by unit code and title, unique within a year and kind) and counted in SQL; rows whose numbers
    /// are not in those columns are read whole and placed in Swift. Equals
    /// `DashboardUnitCharts(rows:shown:)` of the year's department-wide rows.
    public func unitCharts(year: Int, shown: Int) async throws -> DashboardUnitCharts {
        guard let sql = reader ?? database as? any SQLDatabase else { return DashboardUnitCharts(rows: [], shown: shown) }
        let both = "stated_total IS NOT NULL AND total IS NOT NULL"
        let counts = try await sql.raw(
            """
            SELECT COUNT(rate_units) AS rates, COUNT(CASE WHEN \(unsafeRaw: both) THEN 1 END) AS gaps \
            FROM evaluations WHERE fiscal_year = \(bind: year) AND kind = \(bind: EvaluationKind.departmentWide.rawValue)
            """
        ).first()
        let rateCount = try counts?.decode(column: "rates", as: Int.self) ?? 0
        let gapCount = try counts?.decode(column: "gaps", as: Int.self) ?? 0
        // A rate not in `rate_units` is one beyond ±1,000 (a spilled row's, read whole).
        let wide = try await rows(year: year, kind: .departmentWide, spilled: true)
            .filter { $0.storedRate == nil && $0.executionRate != nil }
        return DashboardUnitCharts(
            rates: try await rates(sql, year: year, shown: shown, count: rateCount + wide.count, wide: wide),
            rateCount: rateCount + wide.count,
            gaps: try await gaps(sql, year: year, shown: shown, count: gapCount, both: both), gapCount: gapCount)
    }

    private func departmentWide(_ sql: any SQLDatabase, year: Int, _ condition: String) -> SQLSelectBuilder {
        Self.select(on: sql, year: year).where("kind", .equal, EvaluationKind.departmentWide.rawValue).where(SQLRaw(condition))
    }

    /// The rate chart's rows. The `wide` rates (beyond ±1,000, not in `rate_units`) tie with none
    /// that is, so they are placed by their value alone.
    private func rates(
        _ sql: any SQLDatabase, year: Int, shown: Int, count: Int, wide: [DashboardRow]
    ) async throws -> [DashboardRow] {
        let highest = try await departmentWide(sql, year: year, "rate_units IS NOT NULL")
            .orderBy("rate_units", .descending).orderBy("unit_code").orderBy("title").limit(shown)
            .all().compactMap(Self.row)
        let rated = DashboardUnitCharts.byRate(highest + wide)
        guard count > shown else { return rated }
        let lowest = try await departmentWide(sql, year: year, "rate_units IS NOT NULL")
            .orderBy("rate_units", .ascending).orderBy("unit_code", .descending).orderBy("title", .descending)
            .limit(shown / 2).all().compactMap(Self.row)
        return Array(rated.prefix(shown / 2) + DashboardUnitCharts.byRate(lowest.reversed() + wide).suffix(shown / 2))
    }

    /// The scatter's rows. The gap is exact in SQL: in NUMERIC on PostgreSQL; on SQLite in whole
    /// units of 10⁻⁹ (a REAL of a self-score within ±1,000 rounds back to its units exactly) against
    /// `score_units`, the other rows read whole and placed in Swift (SQLite's order of text is Swift's).
    private func gaps(_ sql: any SQLDatabase, year: Int, shown: Int, count: Int, both: String) async throws -> [DashboardRow] {
        let sqlite = sql.dialect.name == "sqlite"
        let exact = sqlite ? "score_units IS NOT NULL AND ABS(CAST(stated_total AS REAL)) <= 1000" : "TRUE"
        let gap =
            sqlite
            ? "ABS(CAST(ROUND(CAST(stated_total AS REAL) * 1000000000) AS INTEGER) - score_units)"
            : "ABS(CAST(stated_total AS NUMERIC) - CAST(total AS NUMERIC))"
        let rest =
            sqlite
            ? try await departmentWide(sql, year: year, "\(both) AND NOT (\(exact))").orderBy("unit_code").orderBy("title")
                .all().compactMap(Self.row) : []
        var select = departmentWide(sql, year: year, "\(both) AND \(exact)")
        if count > shown { select = select.orderBy(SQLOrderBy(expression: SQLRaw(gap), direction: SQLDirection.descending)) }
        let chosen = try await select.orderBy("unit_code").orderBy("title").limit(shown).all().compactMap(Self.row)
        guard !rest.isEmpty else { return chosen }
        let all = (chosen + rest).sorted { ($0.unitCode, $0.title) < ($1.unitCode, $1.title) }
        return count > shown ? Array(DashboardUnitCharts.byGap(all).prefix(shown)) : all
    }
}
