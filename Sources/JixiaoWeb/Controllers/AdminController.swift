import Foundation
import JixiaoCore
import Vapor

/// The administration overview: fiscal years, frameworks, the unit tree, users, backup
/// and the log of administrative changes. The changes themselves live in
/// `UnitAdminController`, `UserAdminController`, `YearAdminController` and
/// `FrameworkAdminController`, which come back here with `?done=` or an error.
struct AdminController {
    /// The flash message of each `?done=` key.
    static let flashes: [String: String] = [
        "unit": AdminText.unitCreated, "unit-saved": AdminText.unitSaved, "unit-deleted": AdminText.unitDeleted,
        "user": AdminText.userCreated, "restore": ReviewText.restored, "year": AdminText.yearAdded,
        "year-saved": AdminText.yearSaved, "framework-deleted": AdminText.frameworkDeleted,
    ]

    func page(_ req: Request) async throws -> Response {
        var model = try await Self.model(req)
        model.flash = req.query[String.self, at: "done"].flatMap { Self.flashes[$0] }
        return AdminPage.render(model).response()
    }

    /// The overview with `error` (and the upload's problems) shown, status 422.
    static func failed(
        _ req: Request, _ error: String, problems: [String] = [],
        status: HTTPStatus = .unprocessableEntity
    ) async throws -> Response {
        var model = try await model(req)
        model.error = error
        model.problems = problems
        return AdminPage.render(model).response(status: status)
    }

    /// Back to the overview (or `url`) with a `done` flash.
    static func done(_ req: Request, _ key: String, at url: SiteURL = .admin) -> Response {
        req.redirect(to: url.withQuery(["done": key]), redirectType: .normal)
    }

    /// A log entry for a change the signed-in user makes now (the repository writes it with the change).
    static func entry(_ req: Request, _ action: String, _ detail: String) throws -> AdminLogEntry {
        AdminLogEntry(by: try req.requireUser().displayName, action: action, detail: detail)
    }

    static func model(_ req: Request) async throws -> AdminPage.Model {
        let frameworks = req.frameworkStore
        let uploaded = Dictionary(try await frameworks.all().map { ($0.frameworkID, $0) }, uniquingKeysWith: { a, _ in a })
        var rows: [AdminPage.FrameworkRow] = []
        for choice in try await req.frameworks.choices() {
            rows.append(.init(choice: choice, uploaded: uploaded[choice.id], usage: try await frameworks.usage(id: choice.id)))
        }
        return AdminPage.Model(
            user: try req.requireUser(), csrf: req.csrf, storedUnits: try await req.units.storedUnits(),
            users: try await req.accounts.users(), years: try await req.fiscalYears.all(),
            frameworks: rows, log: try await req.adminLog.recent())
    }
}
