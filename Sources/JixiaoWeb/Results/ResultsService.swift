import JixiaoCore
import JixiaoStore
import Vapor

/// Reads the sources of the 结果应用 view for a year, one query each whatever the number of
/// units (units, department-wide evaluations, latest rounds, open rectifications, the
/// year's settings), and puts the rows together in Core (`ResultUseTable`).
enum ResultsService {
    static func rows(_ req: Request, filter: ResultsFilter, units: [StoredUnit]) async throws -> (YearSettings, [ResultUseRow]) {
        let settings = try await req.yearSettings.settings(for: filter.year)
        let chosen = filter.unit.map { code in units.filter { $0.code == code } } ?? units
        let evaluations = try await DashboardQuery(database: req.db).rows(
            year: filter.year, unitCodes: filter.unit.map { [$0] }, kind: .departmentWide)
        let sources = ResultUseQuery(database: req.db)
        let rounds = try await sources.latestRounds(year: filter.year)
        let open = try await sources.openRectifications(year: filter.year)
        let rows = ResultUseTable.rows(
            units: chosen.map { ($0.code, $0.unit.name) },
            evaluations: evaluations.map {
                ResultUseEvaluation(unitCode: $0.unitCode, status: $0.status, total: $0.total, grade: $0.grade)
            },
            rounds: rounds, openRectifications: open, settings: settings)
        return (settings, rows.filter(filter.matches))
    }
}
