import Foundation
import JixiaoCore
import Plot
import Vapor

/// The monitoring pages: the list (with lights) and the start of a round, one round (entry with
/// live lights while draft or returned), its workflow steps.
struct MonitoringController {
    func list(_ req: Request) async throws -> Response {
        try await listPage(req, messages: [:], chosen: [:], status: .ok)
    }

    /// 生成运行监控表: `declaration` (an accepted one) and `asOf` (one of the year's dates).
    func create(_ req: Request) async throws -> Response {
        let user = try req.requireUser()
        let form = try req.content.decode([String: String].self)
        do {
            let stored = try await MonitoringService(req: req).create(
                declarationID: form["declaration"] ?? "", asOf: form["asOf"] ?? "", by: user)
            return req.redirect(to: SiteURL.monitoringRound(stored.id).path, redirectType: .normal)
        } catch let failure as MonitoringService.Failure {
            var messages: [String: String] = ["form": failure.message]
            if case .invalid(let byField) = failure { messages.merge(byField) { a, _ in a } }
            return try await listPage(req, messages: messages, chosen: form, status: failure.status)
        }
    }

    func show(_ req: Request) async throws -> Response {
        let user = try req.requireUser()
        let stored = try await MonitoringService(req: req).readable(req.parameters.get("id"), by: user)
        return try await page(
            req, stored, user: user, form: MonitoringForm(stored.state.round), round: stored.state.round, messages: [:],
            flash: req.query[String.self, at: "done"])
    }

    func save(_ req: Request) async throws -> Response {
        let user = try req.requireUser()
        let service = MonitoringService(req: req)
        let stored = try await service.readable(req.parameters.get("id"), by: user)
        let posted = try req.content.decode([String: String].self)
        let version = try BoundedInt.version.parse(posted["version"])
        let form = MonitoringForm.posted(posted, rows: stored.state.round.targets.count)
        switch form.read(over: stored.state.round) {
        case .failure(let refusal):
            return try await page(
                req, stored, user: user, form: form, round: stored.state.round, messages: refusal.messages, status: .unprocessableEntity)
        case .success(let round):
            do {
                let saved = try await service.save(round, to: stored, version: version, by: user)
                return req.redirect(to: SiteURL.monitoringRound(saved.id).withQuery(["done": RoundText.saved]), redirectType: .normal)
            } catch let failure as MonitoringService.Failure {
                return try await page(
                    req, stored, user: user, form: form, round: round, messages: ["form": failure.message], status: failure.status)
            }
        }
    }

    /// The lights and findings of the form as typed (live; nothing saved).
    func analyze(_ req: Request) async throws -> Response {
        let user = try req.requireUser()
        let stored = try await MonitoringService(req: req).readable(req.parameters.get("id"), by: user)
        let form = MonitoringForm.posted(try req.content.decode([String: String].self), rows: stored.state.round.targets.count)
        let panel: Node<HTML.BodyContext>
        switch form.read(over: stored.state.round) {
        case .success(let round):
            var state = stored.state
            state.round = round
            panel = RoundPage.panel(try await req.roundAnalysis(state), round: round, refusals: [:])
        case .failure(let refusal):
            panel = RoundPage.panel(try await req.roundAnalysis(stored.state), round: stored.state.round, refusals: refusal.messages)
        }
        var headers = HTTPHeaders()
        headers.contentType = .html
        return Response(status: .ok, headers: headers, body: .init(string: panel.render()))
    }

    /// A workflow step: `action`, `reason`, `version`. Posted from the editor (保存并提交) the
    /// form's values are saved first, and the step is taken only when that save went through.
    func workflow(_ req: Request) async throws -> Response {
        let user = try req.requireUser()
        let service = MonitoringService(req: req)
        var stored = try await service.readable(req.parameters.get("id"), by: user)
        let posted = try req.content.decode([String: String].self)
        guard let action = WorkflowAction(rawValue: posted["action"] ?? ""), RoundText.actions.contains(action) else {
            throw Abort(.badRequest, reason: "参数 action 无效。")
        }
        var version = try BoundedInt.version.parse(posted["version"])
        let form = MonitoringForm.posted(posted, rows: stored.state.round.targets.count)
        do {
            if posted["budget.executed"] != nil, Workflow.mayChangeContent(stored.state.status) {
                switch form.read(over: stored.state.round) {
                case .failure(let refusal):
                    return try await page(
                        req, stored, user: user, form: form, round: stored.state.round, messages: refusal.messages,
                        status: .unprocessableEntity)
                case .success(let round):
                    stored = try await service.save(round, to: stored, version: version, by: user)
                    version = stored.version
                }
            }
            let saved = try await service.step(
                action, on: stored, reason: posted["reason"].map { String($0.prefix(2000)) }, version: version, by: user)
            return req.redirect(to: SiteURL.monitoringRound(saved.id).withQuery(["done": RoundText.done(action)]), redirectType: .normal)
        } catch let failure as MonitoringService.Failure {
            let keep = posted["budget.executed"] != nil ? form : MonitoringForm(stored.state.round)
            return try await page(
                req, stored, user: user, form: keep, round: stored.state.round,
                messages: ["workflow": failure.message, "form": failure.message],
                status: failure.status)
        }
    }

    private func page(
        _ req: Request, _ stored: StoredMonitoringRound, user: UserAccount, form: MonitoringForm, round: MonitoringRound,
        messages: [String: String], flash: String? = nil, status: HTTPStatus = .ok
    ) async throws -> Response {
        var state = stored.state
        state.round = round
        var model = RoundPage.Model(
            user: user, csrf: req.csrf, stored: stored, form: form, result: try await req.roundAnalysis(state),
            messages: messages,
            editable: user.mayEdit(unitCode: stored.state.unitCode) && Workflow.mayChangeContent(stored.state.status),
            actions: Workflow.actions(for: user, status: stored.state.status, unitCode: stored.state.unitCode)
                .filter(RoundText.actions.contains),
            history: try await req.monitoringRounds.history(id: stored.id), flash: flash)
        model.rectifications = try await req.rectificationService.list(
            RectificationFilter(subjectKind: .monitoring, subjectID: stored.id), for: user)
        return RoundPage.render(model).response(status: status)
    }
}
