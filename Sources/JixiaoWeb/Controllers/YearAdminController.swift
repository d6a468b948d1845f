import Foundation
import JixiaoCore
import Vapor

/// Fiscal years: add a year, open or close it for filing, choose its default frameworks.
struct YearAdminController {
    func create(_ req: Request) async throws -> Response {
        let form = try req.content.decode([String: String].self)
        guard let year = BoundedInt.year.value(form["year"]) else {
            return try await AdminController.failed(req, WebText.yearInvalid)
        }
        guard try await req.fiscalYears.find(year) == nil else {
            return try await AdminController.failed(req, AdminText.yearExists)
        }
        return try await store(req, year: year, form: form, action: "新增年度", done: "year")
    }

    func save(_ req: Request) async throws -> Response {
        guard let year = BoundedInt.year.value(req.parameters.get("id")),
            try await req.fiscalYears.find(year) != nil
        else { throw Abort(.notFound) }
        return try await store(
            req, year: year, form: try req.content.decode([String: String].self),
            action: "修改年度", done: "year-saved")
    }

    /// Saves `year` from the form's `state` (`open`/`closed`) and default framework per kind.
    private func store(
        _ req: Request, year: Int, form: [String: String], action: String,
        done: String
    ) async throws -> Response {
        var value = FiscalYear(year: year, isOpen: form["state"] != "closed")
        let deadline = (form["deadline"] ?? "").trimmedSpaces
        if let problem = FiscalYear.deadlineProblem(deadline, year: year) {
            return try await deadlineRefused(req, form: action == "新增年度" ? 0 : year, text: deadline, problem)
        }
        value.deadline = CalendarDate(deadline)
        for kind in EvaluationKind.allCases {
            guard let id = form["default.\(kind.rawValue)"]?.trimmedSpaces, !id.isEmpty else { continue }
            guard let framework = try await req.frameworks.framework(id: id), framework.kind == kind else {
                return try await AdminController.failed(req, AdminText.defaultWrongKind(id, kind))
            }
            value.defaults[kind] = id
        }
        let user = try req.requireUser().displayName
        let detail =
            "\(year)：\(value.stateLabel)，部门整体默认 \(value.defaults[.departmentWide] ?? "无")，"
            + "项目默认 \(value.defaults[.project] ?? "无")，填报截止 \(value.deadline?.iso ?? "未设")"
        try await req.fiscalYears.save(value, by: user, log: try AdminController.entry(req, action, detail))
        return AdminController.done(req, done)
    }

    /// The page again with `message` at the deadline field of the year's form, the text kept.
    private func deadlineRefused(_ req: Request, form year: Int, text: String, _ message: String) async throws -> Response {
        var model = try await AdminController.model(req)
        model.error = message
        model.deadlineError = (year, text, message)
        return AdminPage.render(model).response(status: .unprocessableEntity)
    }
}
