import JixiaoCore
import Vapor

extension Request {
    /// `editableEvaluation()` and the fiscal year of the evaluation (nil when that year is not
    /// managed here), read in one query: what an API save checks before it writes.
    func editableEvaluationWithYear() async throws -> (stored: StoredEvaluation, year: FiscalYear?) {
        let user = try requireUser()
        guard let id = parameters.get("id"), let found = try await evaluations.findWithYear(id: id),
            user.mayRead(unitCode: found.stored.evaluation.unit.code ?? "")
        else {
            throw Abort(.notFound, reason: WebText.notFound)
        }
        guard user.mayEdit(unitCode: found.stored.evaluation.unit.code ?? "") else {
            throw Abort(.forbidden, reason: WebText.forbidden)
        }
        return found
    }
}
