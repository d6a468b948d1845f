import Foundation
import JixiaoCore
import Plot
import Vapor

/// The declaration pages: list and create, the document (edit while draft or returned; rows added,
/// removed, moved or taken from the indicator library), and its workflow steps.
struct DeclarationController {
    func list(_ req: Request) async throws -> Response {
        let user = try req.requireUser()
        let year = try req.queryInt(.year)
        let rows = try await req.declarations.list(
            unitCode: user.role.seesAllUnits ? nil : user.unitCode,
            fiscalYear: year, limit: 500)
        let model = DeclarationListPage.Model(
            user: user, csrf: req.csrf, rows: rows, error: nil, year: try await req.filingYears.suggested())
        return DeclarationListPage.render(model).response()
    }

    func create(_ req: Request) async throws -> Response {
        let user = try req.requireUser()
        let form = try req.content.decode([String: String].self)
        let scope = DeclarationScope(rawValue: form["scope"] ?? "") ?? .department
        let year = try BoundedInt.year.parse(form["year"]) ?? Calendar.current.component(.year, from: Date())
        let unitName = try await req.units.unit(code: user.unitCode)?.name ?? user.unitCode
        let project = form["project"]?.trimmedSpaces
        let declaration = TargetDeclaration(
            scope: scope, unit: unitName, fiscalYear: year,
            project: scope == .project ? project : nil)
        do {
            let stored = try await DeclarationService(req: req).create(declaration, unitCode: user.unitCode, by: user)
            return req.redirect(to: SiteURL.declaration(stored.id).path, redirectType: .normal)
        } catch let failure as DeclarationService.Failure {
            let rows = try await req.declarations.list(unitCode: user.role.seesAllUnits ? nil : user.unitCode, fiscalYear: nil, limit: 500)
            let page = DeclarationListPage.render(.init(user: user, csrf: req.csrf, rows: rows, error: failure.message, year: year))
            return page.response(status: failure.status)
        }
    }

    func show(_ req: Request) async throws -> Response {
        let user = try req.requireUser()
        let stored = try await DeclarationService(req: req).readable(req.parameters.get("id"), by: user)
        let query = req.query[String.self, at: "q"]?.trimmedSpaces ?? ""
        return try await page(
            req, stored, user: user, form: DeclarationForm(stored.state.declaration), messages: [:],
            flash: req.query[String.self, at: "done"], query: String(query.prefix(50)))
    }

    /// 保存, and the row operations: `op` = add, remove.N, up.N, down.N, insert (with `library`).
    func save(_ req: Request) async throws -> Response {
        let user = try req.requireUser()
        let service = DeclarationService(req: req)
        let stored = try await service.readable(req.parameters.get("id"), by: user)
        let posted = try req.content.decode([String: String].self)
        let version = try BoundedInt.version.parse(posted["version"])
        let form = Self.form(posted, of: stored).applying(
            posted["op"] ?? "", library: posted["library"] ?? req.query[String.self, at: "library"],
            from: try await req.declarationChecker().library)
        let old = stored.state.declaration
        switch form.read(scope: old.scope, unit: old.unit, year: old.fiscalYear) {
        case .failure(let refusal):
            return try await page(req, stored, user: user, form: form, messages: refusal.messages, status: .unprocessableEntity)
        case .success(var declaration):
            declaration.project = old.project
            declaration.previous = old.previous
            do {
                let saved = try await service.save(declaration, to: stored, version: version, by: user)
                return req.redirect(to: SiteURL.declaration(saved.id).withQuery(["done": DeclarationText.saved]), redirectType: .normal)
            } catch let failure as DeclarationService.Failure {
                return try await page(req, stored, user: user, form: form, messages: ["form": failure.message], status: failure.status)
            }
        }
    }

    /// The findings panel of the form as typed (live findings; nothing saved).
    func analyze(_ req: Request) async throws -> Response {
        let user = try req.requireUser()
        let stored = try await DeclarationService(req: req).readable(req.parameters.get("id"), by: user)
        let old = stored.state.declaration
        let panel: Node<HTML.BodyContext>
        switch Self.form(try req.content.decode([String: String].self), of: stored).read(
            scope: old.scope, unit: old.unit, year: old.fiscalYear)
        {
        case .success(let declaration):
            panel = DeclarationPage.findingPanel(try await req.declarationChecker().check(declaration), refusals: [:])
        case .failure(let refusal): panel = DeclarationPage.findingPanel([], refusals: refusal.messages)
        }
        var headers = HTTPHeaders()
        headers.contentType = .html
        return Response(status: .ok, headers: headers, body: .init(string: panel.render()))
    }

    /// The declaration's fields of a posted form; the project's name is part of the key, fixed at creation.
    static func form(_ posted: [String: String], of stored: StoredDeclaration) -> DeclarationForm {
        var form = DeclarationForm(fields: posted.filter { DeclarationFields.isField($0.key) })
        form.fields["project"] = stored.state.declaration.project
        return form
    }

    /// A workflow step: `action`, `reason`, `version`, and per row `verdict.N` / `comment.N`.
    func workflow(_ req: Request) async throws -> Response {
        let user = try req.requireUser()
        let service = DeclarationService(req: req)
        let stored = try await service.readable(req.parameters.get("id"), by: user)
        let posted = try req.content.decode([String: String].self)
        guard let action = DeclarationAction(rawValue: posted["action"] ?? "") else {
            throw Abort(.badRequest, reason: "参数 action 无效。")
        }
        let version = try BoundedInt.version.parse(posted["version"])
        var rows: [Int: RowReview] = [:]
        for n in 1...max(1, stored.state.declaration.rows.count) {
            guard let verdict = RowVerdict(rawValue: posted["verdict.\(n)"] ?? "") else { continue }
            let comment = posted["comment.\(n)"]?.trimmedSpaces
            rows[n] = RowReview(verdict: verdict, comment: (comment ?? "").isEmpty ? nil : String(comment!.prefix(2000)))
        }
        do {
            let saved = try await service.step(
                action, on: stored, reason: posted["reason"].map { String($0.prefix(2000)) },
                rows: rows, version: version, by: user)
            return req.redirect(
                to: SiteURL.declaration(saved.id).withQuery(["done": DeclarationText.done(action)]),
                redirectType: .normal)
        } catch let failure as DeclarationService.Failure {
            return try await page(
                req, stored, user: user, form: DeclarationForm(stored.state.declaration),
                messages: ["workflow": failure.message], status: failure.status)
        }
    }

    private func page(
        _ req: Request, _ stored: StoredDeclaration, user: UserAccount, form: DeclarationForm,
        messages: [String: String], flash: String? = nil, query: String = "",
        status: HTTPStatus = .ok
    ) async throws -> Response {
        let history = try await req.declarations.history(id: stored.id)
        let checker = try await req.declarationChecker()
        let matches = query.isEmpty ? [] : Array(checker.library.search(query.split(separator: " ").map(String.init)).prefix(20))
        let model = DeclarationPage.Model(
            user: user, csrf: req.csrf, stored: stored, form: form,
            findings: checker.check(stored.state.declaration), messages: messages,
            editable: user.mayEdit(unitCode: stored.state.unitCode) && Workflow.mayChangeContent(stored.state.status),
            actions: DeclarationWorkflow.actions(for: user, status: stored.state.status, unitCode: stored.state.unitCode),
            history: history, query: query, matches: matches, flash: flash)
        return DeclarationPage.render(model).response(status: status)
    }
}
