import JixiaoCore
import Vapor

extension Request {
    /// `evaluation` started with the accepted targets of its unit and year (or project), if any.
    func withAcceptedTargets(_ evaluation: Evaluation) async throws -> Evaluation {
        guard evaluation.targets.isEmpty, let code = evaluation.unit.code else { return evaluation }
        let declarations = try await self.declarations.list(unitCode: code, fiscalYear: evaluation.fiscalYear, limit: 1000)
        return AcceptedTargets.filled(evaluation, unitCode: code, among: declarations.map(\.state))
    }
}
