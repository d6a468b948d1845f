import JixiaoCore
import Vapor

extension Request {
    /// `evaluation` started with the accepted targets of its unit and year (or project), if any,
    /// and the actuals of the last monitoring round of them (cycle.md §4).
    func withAcceptedTargets(_ evaluation: Evaluation) async throws -> Evaluation {
        guard evaluation.targets.isEmpty, let code = evaluation.unit.code else { return evaluation }
        let declarations = try await self.declarations.list(unitCode: code, fiscalYear: evaluation.fiscalYear, limit: 1000)
        let filled = AcceptedTargets.filled(evaluation, unitCode: code, among: declarations.map(\.state))
        guard !filled.targets.isEmpty else { return filled }
        let rounds = try await monitoringRounds.list(unitCode: code, fiscalYear: evaluation.fiscalYear, limit: 1000)
        guard let round = MonitoredActuals.latest(for: filled, unitCode: code, among: rounds.map(\.state)) else { return filled }
        return MonitoredActuals.filled(filled, from: round)
    }
}
