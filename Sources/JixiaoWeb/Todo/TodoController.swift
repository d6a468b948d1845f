import Foundation
import JixiaoCore
import Vapor

/// The to-do page and 从上年复制 (page form and API).
struct TodoController {
    func page(_ req: Request) async throws -> Response {
        let user = try req.requireUser()
        let roundsPage = try req.queryInt(.roundsPage) ?? 1
        let rectificationsPage = try req.queryInt(.rectificationsPage) ?? 1
        var list = try await req.todo.list(for: user)
        let rounds = try await req.roundsToAct(for: user, page: roundsPage)
        let pending = try await req.rectificationService.pending(for: user, page: rectificationsPage, today: list.deadlines.today)
        list.monitoringRounds = rounds.total
        list.rectifications = pending.part.total
        return TodoPage.render(
            .init(
                user: user, csrf: req.csrf, list: list, declarations: try await req.declarationsToAct(for: user),
                monitoringRounds: rounds, rectifications: pending.part, rectificationsOverdue: pending.overdue)
        ).response()
    }

    /// `POST /evaluations/copy` (form: unit, year, kind, project): to the new draft, or the
    /// to-do page again with the reason.
    func copy(_ req: Request) async throws -> Response {
        let user = try req.requireUser()
        let form = try req.content.decode([String: String].self)
        guard let year = BoundedInt.year.value(form["year"]),
            let kind = form["kind"].flatMap(EvaluationKind.init(rawValue:))
        else {
            return try await failed(req, user, WebText.yearInvalid, status: .badRequest)
        }
        let command = CopyService.Command(unit: form["unit"], year: year, kind: kind, project: form["project"])
        do {
            let stored = try await req.copies.copy(command, by: user)
            return req.redirect(to: SiteURL.evaluation(stored.id).withQuery(["copied": "1"]), redirectType: .normal)
        } catch CopyService.Failure.noLastYear(let message) {
            return try await failed(req, user, message, status: .unprocessableEntity)
        } catch CopyService.Failure.refused(let message) {
            return try await failed(req, user, message, status: .unprocessableEntity)
        } catch CopyService.Failure.duplicate(let message, let existing) {
            return try await failed(req, user, message, status: .conflict, existing: existing)
        }
    }

    /// `POST /api/v1/evaluations/copy` (JSON: unit, year, kind, project): 201 with the new
    /// evaluation; 422 without last year's (or when the year is closed), 409 with `existingId`
    /// when this year's exists.
    func copyAPI(_ req: Request) async throws -> Response {
        let user = try req.requireUser()
        let command = try req.content.decode(CopyService.Command.self)
        do {
            return try await EvaluationDTO(try await req.copies.copy(command, by: user)).encodeResponse(status: .created, for: req)
        } catch CopyService.Failure.noLastYear(let message), CopyService.Failure.refused(let message) {
            throw Abort(.unprocessableEntity, reason: message)
        } catch CopyService.Failure.duplicate(let message, let existing) {
            let error = APIErrorDTO(error: .init(status: 409, message: message, existingId: existing))
            return try await error.encodeResponse(status: .conflict, for: req)
        }
    }

    private func failed(
        _ req: Request, _ user: UserAccount, _ message: String, status: HTTPStatus,
        existing: String? = nil
    ) async throws -> Response {
        var model = TodoPage.Model(user: user, csrf: req.csrf, list: try await req.todo.list(for: user))
        model.error = message
        model.existing = existing
        return TodoPage.render(model).response(status: status)
    }
}
