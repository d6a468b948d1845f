import Foundation
import JixiaoCore
import Vapor

extension MonitoringController {
    /// The list: the rounds in scope with their lights under the year's thresholds, filtered
    /// (`year`, `light`: red … or `none`) and ordered (`order`: light, budget, unit, updated);
    /// values outside the lists are a 400 naming the parameter.
    func listPage(_ req: Request, messages: [String: String], chosen: [String: String], status: HTTPStatus) async throws -> Response {
        let user = try req.requireUser()
        let (year, light, order, rows) = try await Self.listedRows(req, user: user)
        let (declarations, dates) = try await startChoices(req, user: user)
        let model = RoundListPage.Model(
            user: user, csrf: req.csrf, rows: rows, year: year, light: light, order: order, declarations: declarations, dates: dates,
            messages: messages, chosen: chosen)
        return RoundListPage.render(model).response(status: status)
    }

    /// The rounds the list shows (and the 汇总表 exports): the user's scope, `year`, `light` and
    /// `order` from the query (an unknown light or order is a 400), each lit under its year's
    /// thresholds, read once per year.
    static func listedRows(_ req: Request, user: UserAccount) async throws -> (
        year: Int?, light: String, order: String, rows: [RoundListPage.Row]
    ) {
        let year = try req.queryInt(.year)
        let light = req.query[String.self, at: "light"] ?? ""
        let order = req.query[String.self, at: "order"] ?? "light"
        guard LightText.filterOptions.contains(where: { $0.0 == light }) else { throw Abort(.badRequest, reason: "参数 light（灯）无效。") }
        guard RoundListPage.orders.contains(where: { $0.0 == order }) else { throw Abort(.badRequest, reason: "参数 order（排序）无效。") }
        let stored = try await req.monitoringRounds.list(
            unitCode: user.role.seesAllUnits ? nil : user.unitCode, fiscalYear: year, limit: MonitoringExportController.maxRounds)
        var rows = try await req.litRounds(stored.filter { user.mayRead(unitCode: $0.state.unitCode) })
        if !light.isEmpty { rows = rows.filter { ($0.result.overall?.rawValue ?? "none") == light } }
        return (year, light, order, sorted(rows, by: order))
    }

    static func sorted(_ rows: [RoundListPage.Row], by order: String) -> [RoundListPage.Row] {
        func badness(_ light: Light?) -> Int { light.map(\.badness) ?? -1 }
        return rows.enumerated().sorted { a, b in
            let x = a.element, y = b.element
            switch order {
            case "light" where badness(x.result.overall) != badness(y.result.overall):
                return badness(x.result.overall) > badness(y.result.overall)
            case "budget" where badness(x.result.budget.light) != badness(y.result.budget.light):
                return badness(x.result.budget.light) > badness(y.result.budget.light)
            case "unit" where x.stored.state.round.unit != y.stored.state.round.unit:
                return x.stored.state.round.unit < y.stored.state.round.unit
            default:
                return a.offset < b.offset  // the repository's order: newest change first
            }
        }.map(\.element)
    }

    /// The accepted declarations of the user's unit and the monitoring dates of their years.
    func startChoices(_ req: Request, user: UserAccount) async throws -> ([(String, String)], [CalendarDate]) {
        guard Access.editors.contains(user.role) else { return ([], []) }
        let accepted = try await req.declarations.list(unitCode: user.unitCode, fiscalYear: nil, limit: 1000)
            .filter { $0.state.inForce != nil }
        var dates: [CalendarDate] = []
        for year in Set(accepted.compactMap { $0.state.inForce?.fiscalYear }).sorted() {
            dates += try await req.monitoringRounds.dates(fiscalYear: year)
        }
        let options = accepted.map { ($0.id, "\($0.state.inForce?.fiscalYear ?? 0) 年度 \($0.state.title)") }
        return (options, dates)
    }
}
