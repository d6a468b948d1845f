import FluentKit
import FluentSQL
import JixiaoCore

extension DashboardQuery {
    /// The sum of migration 033's counters of `years`: it grows with every committed write of those
    /// years' evaluations that changes what the dashboard reads, in any process, and never falls.
    public func changeStamp(years: [Int]) async throws -> Int64 {
        guard let sql = reader ?? database as? any SQLDatabase, !years.isEmpty else { return 0 }
        let row = try await sql.raw(
            """
            SELECT CAST(COALESCE(SUM(n), 0) AS BIGINT) AS n FROM \(unsafeRaw: CreateDashboardStamps.table) \
            WHERE fiscal_year IN (\(binds: years))
            """
        ).first()
        return try row?.decode(column: "n", as: Int64.self) ?? 0
    }
}
