import Foundation
import JixiaoCore
import Vapor

/// Sends the workflow's in-app messages (`WorkflowNotice`) to the users of the evaluation's
/// unit once a step is saved. Mail would plug in here too (a sender per recipient's address,
/// behind configuration); it is not built.
enum WorkflowNotices {
    /// The step is saved already: a message that cannot be written is logged, not an error.
    static func send(
        _ action: WorkflowAction, on stored: StoredEvaluation, reason: String?, by user: UserAccount,
        _ req: Request
    ) async {
        guard let message = WorkflowNotice.message(action, on: stored.evaluation, reason: reason),
            let unit = stored.evaluation.unit.code
        else { return }
        do {
            try await req.notices.send(message, about: stored.id, toUnit: unit, except: user.id, at: Date())
        } catch {
            req.logger.error("消息未能写入（评价 \(stored.id)，\(action.label)）：\(String(describing: error))")
        }
    }
}
