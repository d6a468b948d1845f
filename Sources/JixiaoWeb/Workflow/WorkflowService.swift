import Foundation
import JixiaoCore
import Vapor

/// Applies a workflow action for a user: asks `Workflow.decide`, records the
/// return reason and field notes, and saves the change with its history lines.
/// Pages and the API both go through here, so the rules hold on every route.
struct WorkflowService {
    let req: Request

    /// What the user asked for, from a form or a JSON body.
    struct Command: Content {
        var action: WorkflowAction
        var reason: String?
        /// Field path (form field name) → what the unit must fix there (退回 only).
        var notes: [String: String]?
        /// The version the user saw; nil means the current one.
        var version: Int?
    }

    /// Why an action could not be applied.
    enum Failure: Error {
        case refused(WorkflowError)
        case blocked([Finding])
        case conflict(current: Int)
        /// A draft of a year closed for filing (the message says so).
        case closedYear(String)
    }

    /// `scores` are the finance bureau's re-scores typed on the review page with the step (kept in the
    /// same save while it may record them, so 退回 or 通过 does not lose what was typed).
    func apply(
        _ command: Command, to stored: StoredEvaluation, by user: UserAccount,
        scores: [String: ReviewScore]? = nil
    ) async throws -> StoredEvaluation {
        let old = stored.evaluation
        let decided = Workflow.decide(
            command.action, from: old.status, by: user, unitCode: old.unit.code ?? "",
            reason: command.reason)
        let target: EvaluationStatus
        switch decided {
        case .success(let status): target = status
        case .failure(let error): throw Failure.refused(error)
        }
        if command.action == .submit, let closed = try await req.filingYears.closedForDraft(old) { throw Failure.closedYear(closed) }
        let analysis = try await req.frameworks.analyze(old)
        if command.action == .submit, !analysis.blocking.isEmpty { throw Failure.blocked(analysis.blocking) }
        var new = old
        new.status = target
        let reason = command.reason?.trimmedSpaces
        if let scores, Workflow.mayRecordReview(old.status) {
            var review = new.review ?? Review()
            review.scores = scores
            new.review = review
        }
        if command.action.returnsToUnit {
            var review = new.review ?? Review()
            review.returnReason = reason
            // Kept under the field's `FieldPath` name, whichever name (older ones too) the note came with.
            review.fieldNotes = Dictionary(
                (command.notes ?? [:]).compactMap { field, note in
                    let text = note.trimmedSpaces
                    return text.isEmpty ? nil : (FieldPath(field)?.text ?? field, text)
                }, uniquingKeysWith: { first, _ in first })
            new.review = review
        }
        let changes =
            EvaluationDiff.changes(from: old, to: new) + ReviewDiff.changes(from: old.review, to: new.review)
            + [ReviewDiff.step(command.action, reason: reason.flatMap { $0.isEmpty ? nil : $0 })]
        do {
            let saved = try await req.evaluations.update(
                stored, expectedVersion: command.version ?? stored.version, evaluation: new,
                metrics: analysis.metrics, by: user.displayName, changes: changes)
            await WorkflowNotices.send(command.action, on: saved, reason: reason, by: user, req)
            return saved
        } catch RepositoryError.versionConflict(_, let current) {
            throw Failure.conflict(current: current)
        }
    }

    /// The user-facing message of a failure.
    static func message(_ failure: Failure) -> String {
        switch failure {
        case .refused(let error): return error.message
        case .blocked: return WebText.submitBlocked
        case .conflict(let current): return ReviewText.workflowConflict(version: current)
        case .closedYear(let message): return message
        }
    }

    static func status(_ failure: Failure) -> HTTPStatus {
        switch failure {
        case .refused(.wrongRole), .refused(.otherUnit): return .forbidden
        case .refused: return .conflict
        case .blocked: return .unprocessableEntity
        case .conflict, .closedYear: return .conflict
        }
    }
}
