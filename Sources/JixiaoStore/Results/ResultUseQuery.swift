import FluentKit
import FluentSQL
import Foundation
import JixiaoCore

/// The monitoring and rectification side of the use of results, one SQL query each on
/// SQLite or PostgreSQL (`monitoring_rounds` of migration 025, `rectifications` of 026).
public struct ResultUseQuery: ResultUseRepository {
    let database: any Database

    public init(database: any Database) { self.database = database }

    public func latestRounds(year: Int) async throws -> [String: MonitoringRoundState] {
        guard let sql = database as? any SQLDatabase else { return [:] }
        let draft = EvaluationStatus.draft.rawValue
        // The latest as_of per unit first (one group per unit), then those rows' documents.
        let rows = try await sql.raw(
            """
            SELECT r.unit_code, r.document FROM monitoring_rounds r \
            JOIN (SELECT unit_code, MAX(as_of) AS latest FROM monitoring_rounds \
            WHERE fiscal_year = \(bind: year) AND title = '' AND status <> \(bind: draft) GROUP BY unit_code) m \
            ON r.unit_code = m.unit_code AND r.as_of = m.latest \
            WHERE r.fiscal_year = \(bind: year) AND r.title = '' AND r.status <> \(bind: draft)
            """
        ).all()
        let decoder = JSONDecoder()
        var rounds: [String: MonitoringRoundState] = [:]
        for row in rows {
            guard let unit = try? row.decode(column: "unit_code", as: String.self),
                let document = try? row.decode(column: "document", as: String.self),
                let state = try? decoder.decode(MonitoringRoundState.self, from: Data(document.utf8))
            else { continue }
            rounds[unit] = state
        }
        return rounds
    }

    public func openRectifications(year: Int) async throws -> [String: Int] {
        guard let sql = database as? any SQLDatabase else { return [:] }
        let rows = try await sql.raw(
            """
            SELECT unit_code, COUNT(*) AS n FROM rectifications \
            WHERE fiscal_year = \(bind: year) AND status <> \(bind: RectificationStatus.closed.rawValue) GROUP BY unit_code
            """
        ).all()
        var counts: [String: Int] = [:]
        for row in rows {
            guard let unit = try? row.decode(column: "unit_code", as: String.self),
                let n = try? row.decode(column: "n", as: Int.self)
            else { continue }
            counts[unit] = n
        }
        return counts
    }
}
