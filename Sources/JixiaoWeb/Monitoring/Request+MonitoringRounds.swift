import JixiaoCore
import JixiaoStore
import Vapor

extension Request {
    /// The monitoring rounds and the monitoring dates of each year (`MonitoringRoundRepository`).
    var monitoringRounds: any MonitoringRoundRepository { FluentMonitoringRoundRepository(database: db) }

    /// The light bands of `fiscalYear`: the administrator's for that year, else the table's (`YearSettingsRepository`).
    func monitoringThresholds(_ fiscalYear: Int) async throws -> MonitoringThresholds {
        try await yearSettings.thresholds(for: fiscalYear)
    }

    /// `rounds` each lit under its year's thresholds (no declaration or earlier round: the lights
    /// of a list), the thresholds read once per year; the order is kept.
    func litRounds(_ rounds: [StoredMonitoringRound]) async throws -> [RoundListPage.Row] {
        var thresholds: [Int: MonitoringThresholds] = [:]
        var rows: [RoundListPage.Row] = []
        for round in rounds {
            let fiscalYear = round.state.round.fiscalYear
            let bands: MonitoringThresholds
            if let known = thresholds[fiscalYear] {
                bands = known
            } else {
                bands = try await monitoringThresholds(fiscalYear)
                thresholds[fiscalYear] = bands
            }
            rows.append(.init(stored: round, result: round.state.round.evaluate(thresholds: bands)))
        }
        return rows
    }

    /// The one analysis of a stored round for pages, API and submission: its lights under the
    /// year's thresholds and the `monitor.*` findings, compared with the declaration in force
    /// (`monitor.target-changed`) and the unit's previous round of it (`monitor.cumulative-decrease`).
    func roundAnalysis(_ state: MonitoringRoundState) async throws -> MonitoringResult {
        let declared = try await declarations.find(id: state.declarationID)?.state.inForce?.targets
        let earlier = try await monitoringRounds.list(unitCode: state.unitCode, fiscalYear: state.round.fiscalYear, limit: 1000)
            .filter {
                $0.state.declarationID == state.declarationID && $0.state.title == state.title
                    && $0.state.round.asOf < state.round.asOf
            }
            .max { $0.state.round.asOf < $1.state.round.asOf }
        return state.round.evaluate(
            thresholds: try await monitoringThresholds(state.round.fiscalYear), declared: declared, earlier: earlier?.state.round)
    }
}

extension Request {
    /// The rounds waiting for `user` (to-do page), page `page`: a status of the role's duties on
    /// which the user has a step (`TodoService.roundStatuses`), in scope, selected and counted in
    /// the store by the same filter as the home page's count.
    func roundsToAct(for user: UserAccount, page: Int = 1) async throws -> TodoPart<StoredMonitoringRound> {
        let statuses = TodoService.roundStatuses(for: user)
        guard !statuses.isEmpty else { return TodoPart(page: page) }
        let unit = user.role.seesAllUnits ? nil : user.unitCode
        let total = try await todoCounts.roundCounts(unitCode: unit, statuses: statuses).values.reduce(0, +)
        let rows =
            total == 0
            ? []
            : try await monitoringRounds.list(
                unitCode: unit, statuses: statuses, offset: TodoPart<StoredMonitoringRound>.offset(page: page),
                limit: TodoPart<StoredMonitoringRound>.per)
        return TodoPart(rows: rows, total: total, page: page)
    }
}
