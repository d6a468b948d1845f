import Foundation
import JixiaoCore
import Vapor

/// Workflow steps from the pages (forms) and the API (JSON): submit, approve,
/// return, accept, publish, reopen, withdraw — all through `WorkflowService`.
struct WorkflowController {
    /// How many field notes a return form carries.
    static let noteRows = 3

    func page(_ req: Request) async throws -> Response {
        let stored = try await req.readableEvaluation()
        let user = try req.requireUser()
        let form = try req.content.decode([String: String].self)
        guard let action = form["action"].flatMap(WorkflowAction.init(rawValue:)) else {
            throw Abort(.badRequest, reason: WebText.notFound)
        }
        var notes: [String: String] = [:]
        for row in 1...Self.noteRows {
            if let field = form["noteField\(row)"], !field.isEmpty, let text = form["noteText\(row)"] { notes[field] = text }
        }
        // 部门审核通过's optional comment comes as `comment` (the API sends it as `reason`); a step
        // posted with the review page's score form does not take the 退回理由 typed there.
        let command = WorkflowService.Command(
            action: action, reason: action.takesComment ? form["comment"] : action.requiresReason ? form["reason"] : nil, notes: notes,
            version: BoundedInt.version.value(form["version"]))
        // The review page posts its score form with the step: typed re-scores are saved with it, or
        // the page comes back with them (and the reason and notes) kept.
        var scores: [String: ReviewScore]? = nil
        if user.role == .reviewer, Workflow.mayRecordReview(stored.evaluation.status),
            form.keys.contains(where: { $0.hasPrefix("score.") || $0.hasPrefix("comment.") })
        {
            var model = try await ReviewController().makeModel(req, stored)
            let parsed = ReviewController.parse(form, rows: model.rows)
            guard parsed.errors.isEmpty else {
                model.input = form
                model.workflowInput = form
                model.fieldErrors = parsed.errors
                model.error = ReviewText.scoresRefused(
                    model.rows.compactMap { row in
                        parsed.errors["score.\(row.id)"].map { "「\(row.name)」\($0)" }
                    })
                return ReviewPage.render(model).response(status: .unprocessableEntity)
            }
            scores = parsed.scores
        }
        do {
            let saved = try await WorkflowService(req: req).apply(command, to: stored, by: user, scores: scores)
            let back = user.role.seesAllUnits ? SiteURL.review(saved.id) : SiteURL.evaluation(saved.id)
            return req.redirect(to: back.withQuery(["done": action.rawValue]), redirectType: .normal)
        } catch let failure as WorkflowService.Failure {
            let status = WorkflowService.status(failure)
            if user.role.seesAllUnits, status != .forbidden {
                return try await reviewPage(req, stored, form: form, failure: failure, status: status)
            }
            if case .refused(.reasonRequired(let action)) = failure {
                return try await editorPage(req, stored, form: form, action: action, status: status)
            }
            let page = ErrorPage.render(
                status: Int(WorkflowService.status(failure).code),
                message: WorkflowService.message(failure), user: user, csrf: req.csrf)
            return page.response(status: WorkflowService.status(failure))
        }
    }

    /// The review page again with the refused form as typed and the reason at its field.
    private func reviewPage(
        _ req: Request, _ stored: StoredEvaluation, form: [String: String],
        failure: WorkflowService.Failure, status: HTTPStatus
    ) async throws -> Response {
        var model = try await ReviewController().makeModel(req, stored)
        model.workflowInput = form
        // Re-scores posted with the step (the score form) come back as typed.
        model.input = form
        if case .refused(.reasonRequired(let action)) = failure {
            model.error = ReviewText.reasonMissing(action)
            model.workflowErrors["reason"] = ReviewText.reasonField(action)
        } else {
            model.error = WorkflowService.message(failure)
        }
        return ReviewPage.render(model).response(status: status)
    }

    /// The editor page again (the department head's) with the refused form as typed and the reason at its field.
    private func editorPage(
        _ req: Request, _ stored: StoredEvaluation, form: [String: String], action: WorkflowAction,
        status: HTTPStatus
    ) async throws -> Response {
        var model = try await EditorController().makeModel(
            req, stored: stored, form: EvaluationForm(evaluation: stored.evaluation, version: stored.version),
            evaluation: stored.evaluation)
        model.workflowInput = form
        model.error = ReviewText.reasonMissing(action)
        model.workflowErrors["reason"] = ReviewText.reasonField(action)
        return EditorPage.render(model).response(status: status)
    }

    func api(_ req: Request) async throws -> Response {
        let stored = try await req.readableEvaluation()
        let user = try req.requireUser()
        let command = try req.content.decode(WorkflowService.Command.self)
        do {
            let saved = try await WorkflowService(req: req).apply(command, to: stored, by: user)
            return try await EvaluationDTO(saved).encodeResponse(for: req)
        } catch let failure as WorkflowService.Failure {
            let status = WorkflowService.status(failure)
            var current: Int? = nil
            if case .conflict(let version) = failure { current = version }
            let body = APIErrorDTO(
                error: .init(
                    status: Int(status.code), message: WorkflowService.message(failure),
                    currentVersion: current))
            return try await body.encodeResponse(status: status, for: req)
        }
    }
}
