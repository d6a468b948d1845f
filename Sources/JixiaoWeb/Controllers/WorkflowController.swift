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
        let command = WorkflowService.Command(action: action, reason: form["reason"], notes: notes,
                                              version: BoundedInt.version.value(form["version"]))
        do {
            let saved = try await WorkflowService(req: req).apply(command, to: stored, by: user)
            let back = user.role.seesAllUnits ? SiteURL.review(saved.id) : SiteURL.evaluation(saved.id)
            return req.redirect(to: back.withQuery(["done": action.rawValue]), redirectType: .normal)
        } catch let failure as WorkflowService.Failure {
            let status = WorkflowService.status(failure)
            if user.role.seesAllUnits, status != .forbidden {
                return try await reviewPage(req, stored, form: form, failure: failure, status: status)
            }
            let page = ErrorPage.render(status: Int(WorkflowService.status(failure).code),
                                        message: WorkflowService.message(failure), user: user, csrf: req.csrf)
            return page.response(status: WorkflowService.status(failure))
        }
    }

    /// The review page again with the refused form as typed and the reason at its field.
    private func reviewPage(_ req: Request, _ stored: StoredEvaluation, form: [String: String],
                            failure: WorkflowService.Failure, status: HTTPStatus) async throws -> Response {
        var model = try await ReviewController().makeModel(req, stored)
        model.workflowInput = form
        if case .refused(.reasonRequired(let action)) = failure {
            model.error = ReviewText.reasonMissing(action)
            model.workflowErrors["reason"] = ReviewText.reasonField(action)
        } else {
            model.error = WorkflowService.message(failure)
        }
        return ReviewPage.render(model).response(status: status)
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
            let body = APIErrorDTO(error: .init(status: Int(status.code), message: WorkflowService.message(failure),
                                                currentVersion: current))
            return try await body.encodeResponse(status: status, for: req)
        }
    }
}
