import Foundation
import JixiaoCore
import Vapor

/// The unit's list, creation from a framework, and the history page.
struct EvaluationsController {
    func home(_ req: Request) async throws -> Response {
        req.currentUser == nil ? req.redirect(to: SiteURL.login.path) : req.redirect(to: SiteURL.evaluations.path)
    }

    func list(_ req: Request) async throws -> Response {
        let user = try req.requireUser()
        let year = try req.queryInt(.year)
        let status = req.queryValue(String.self, at: "status").flatMap(EvaluationStatus.init(rawValue:))
        let page = try ListPage(req, perFromQuery: false)
        let scope = user.role.seesAllUnits ? nil : [user.unitCode]
        // The counts of the whole scope fill the table of years and give the filter's total; they
        // come with the fiscal years, the to-do counts and the page's rows, in one read.
        let facts = try await req.todo.facts(
            for: user, rows: page.rows(of: EvaluationFilter(unitCodes: scope, fiscalYear: year, status: status)))
        let counts = facts.counts, rows = facts.rows
        let total = ListPage.total(counts, year: year, status: status)
        try page.requireExists(total: total)
        let model = HomePageModel(
            user: user, csrf: req.csrf, counts: counts, rows: rows, year: year, status: status,
            page: page, total: total, flash: nil,
            todo: try await req.todo.summary(for: user, facts: facts))
        return HomePage.render(model).response()
    }

    func newPage(_ req: Request) async throws -> Response {
        let user = try req.requireUser()
        return NewEvaluationPage.render(try await newModel(req, user: user)).response()
    }

    func create(_ req: Request) async throws -> Response {
        let user = try req.requireUser()
        let frameworkID = (try? req.content.get(String.self, at: "framework")) ?? ""
        let unitCode = (try? req.content.get(String.self, at: "unit")) ?? user.unitCode
        let yearText = (try? req.content.get(String.self, at: "year")) ?? ""
        let projectName = ((try? req.content.get(String.self, at: "project")) ?? "").trimmedSpaces
        guard let choice = try await req.frameworks.choices().first(where: { $0.id == frameworkID }) else {
            return try await newError(req, user: user, WebText.frameworkUnknown)
        }
        guard let year = BoundedInt.year.value(yearText) else {
            return try await newError(req, user: user, WebText.yearInvalid)
        }
        if let refusal = try await req.evaluationRules.newRefusal(year: year, kind: choice.kind, frameworkID: choice.id) {
            return try await newError(req, user: user, refusal)
        }
        guard user.mayEdit(unitCode: unitCode), let unit = try await req.units.unit(code: unitCode) else {
            throw Abort(.forbidden, reason: WebText.forbidden)
        }
        let evaluation = try await req.withAcceptedTargets(
            Evaluation(
                kind: choice.kind, unit: unit, fiscalYear: year, frameworkID: choice.id,
                project: projectName.isEmpty ? nil : ProjectInfo(name: projectName),
                narrative: NarrativeTemplate.sections(for: choice.kind)))
        do {
            let stored = try await req.evaluations.create(
                evaluation, metrics: try await req.frameworks.analyze(evaluation).metrics,
                by: user.displayName)
            return req.redirect(to: SiteURL.evaluation(stored.id).path, redirectType: .normal)
        } catch RepositoryError.duplicate(let existing) {
            var model = try await newModel(req, user: user)
            model.error = WebText.duplicate(evaluation)
            model.existingID = existing
            return NewEvaluationPage.render(model).response(status: .conflict)
        }
    }

    func history(_ req: Request) async throws -> Response {
        let stored = try await req.readableEvaluation()
        let entries = try await req.evaluations.history(id: stored.id)
        return HistoryPage.render(.init(user: try req.requireUser(), csrf: req.csrf, stored: stored, entries: entries))
            .response()
    }

    private func newModel(_ req: Request, user: UserAccount) async throws -> NewEvaluationPage.Model {
        let units = try await req.units.units().filter { user.mayEdit(unitCode: $0.code ?? "") }
        let choices = try await req.frameworks.choices(), year = try await req.filingYears.suggested()
        return .init(
            user: user, csrf: req.csrf, frameworks: choices, units: units, year: String(year),
            selected: try await req.filingYears.preselected(year: year, choices: choices),
            years: try await req.filingYears.open())
    }

    private func newError(_ req: Request, user: UserAccount, _ message: String) async throws -> Response {
        var model = try await newModel(req, user: user)
        model.error = message
        return NewEvaluationPage.render(model).response(status: .unprocessableEntity)
    }
}
