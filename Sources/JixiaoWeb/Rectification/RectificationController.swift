import Foundation
import JixiaoCore
import Vapor

/// The pages of 整改: the list, raising an item (from the review page or a round's page), one
/// item and its steps. Everything goes through `RectificationService`.
struct RectificationController {
    func list(_ req: Request) async throws -> Response {
        let user = try req.requireUser()
        let filter = try await RectificationListFilter.checked(req)
        let items = try await req.rectificationService.list(filter.store, for: user)
        let units = try await req.units.units().filter { user.mayRead(unitCode: $0.code ?? "") }.map { ($0.code ?? "", $0.name) }
        let thisYear = Deadlines.today().year
        return RectificationListPage.render(
            .init(
                user: user, csrf: req.csrf, filter: filter, items: items, units: units,
                years: Array((thisYear - 5)...(thisYear + 1)).reversed(), today: Deadlines.today())
        ).response()
    }

    /// `POST /rectifications` (form: kind, subject, target, requirement, deadline): to the new item,
    /// or the form again with what was typed and the refusal (422).
    func create(_ req: Request) async throws -> Response {
        let user = try req.requireUser()
        let form = try req.content.decode([String: String].self)
        let targetText = (form["target"] ?? "").trimmedSpaces
        let target = targetText.isEmpty ? nil : BoundedInt(field: "target", label: "监控指标行号", range: 1...10_000).value(targetText)
        if !targetText.isEmpty && target == nil { throw Abort(.badRequest, reason: "参数 target（监控指标行号）应为 1 至 10000 之间的整数。") }
        let command = RectificationService.Command(
            kind: form["kind"] ?? "", subject: form["subject"] ?? "", target: target, requirement: form["requirement"] ?? "",
            deadline: form["deadline"] ?? "")
        do {
            let stored = try await req.rectificationService.raise(command, by: user)
            return req.redirect(to: SiteURL.rectification(stored.id).withQuery(["done": "raise"]), redirectType: .normal)
        } catch RectificationService.Failure.notFound {
            throw Abort(.notFound, reason: RectificationMessages.subjectMissing)
        } catch RectificationService.Failure.refused(let refusal) {
            guard let kind = RectificationSubject.Kind(rawValue: command.kind) else { throw Abort(.badRequest, reason: refusal.message) }
            let found = try await RectificationSubjects(req: req).find(kind, id: command.subject, target: nil)
            return RectificationRaisePage.render(
                .init(
                    user: user, csrf: req.csrf, subject: found?.title ?? "",
                    form: .init(kind: kind, subject: command.subject, targets: found?.targets ?? [], input: form, error: refusal),
                    error: refusal.message)
            ).response(status: .unprocessableEntity)
        }
    }

    func show(_ req: Request) async throws -> Response {
        let user = try req.requireUser()
        guard let id = req.parameters.get("id"), let stored = try await req.rectificationService.readable(id, by: user) else {
            throw Abort(.notFound, reason: RectificationText.notFound)
        }
        var model = RectificationPage.Model(user: user, csrf: req.csrf, stored: stored, today: Deadlines.today())
        model.flash =
            req.queryValue(String.self, at: "done").flatMap(RectificationAction.init(rawValue:)).map(RectificationText.done)
            ?? AttachmentText.done(req.queryValue(String.self, at: "attachment"))
        model.attachments = try await req.attachments.list(rectificationID: stored.id)
        return RectificationPage.render(model).response()
    }

    /// `POST /rectifications/:id/step` (form: action, text, version).
    func step(_ req: Request) async throws -> Response {
        let user = try req.requireUser()
        let id = req.parameters.get("id") ?? ""
        let form = try req.content.decode([String: String].self)
        guard let action = form["action"].flatMap(RectificationAction.init(rawValue:)), action != .raise else {
            throw Abort(.badRequest, reason: RectificationText.actionInvalid)
        }
        do {
            let saved = try await req.rectificationService.step(
                id, action, text: form["text"], version: BoundedInt.version.value(form["version"]), by: user)
            return req.redirect(to: SiteURL.rectification(saved.id).withQuery(["done": action.rawValue]), redirectType: .normal)
        } catch RectificationService.Failure.notFound {
            throw Abort(.notFound, reason: RectificationText.notFound)
        } catch RectificationService.Failure.refused(let refusal) {
            return try await again(req, user, id, form, refusal: refusal, error: refusal.message, status: .unprocessableEntity)
        } catch RectificationService.Failure.conflict(let current) {
            return try await again(req, user, id, form, refusal: nil, error: RectificationText.conflict(current), status: .conflict)
        }
    }

    private func again(
        _ req: Request, _ user: UserAccount, _ id: String, _ form: [String: String], refusal: RectificationRefusal?, error: String,
        status: HTTPStatus
    ) async throws -> Response {
        guard let stored = try await req.rectificationService.readable(id, by: user) else {
            throw Abort(.notFound, reason: RectificationText.notFound)
        }
        var model = RectificationPage.Model(user: user, csrf: req.csrf, stored: stored, today: Deadlines.today())
        model.error = error
        model.attachments = try await req.attachments.list(rectificationID: stored.id)
        model.input = form
        model.refusal = refusal
        return RectificationPage.render(model).response(status: status)
    }
}
