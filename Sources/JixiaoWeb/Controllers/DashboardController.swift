import Foundation
import JixiaoCore
import Vapor

/// The dashboard of a fiscal year (finance bureau and administrators).
struct DashboardController {
    func page(_ req: Request) async throws -> Response {
        let user = try req.requireUser()
        let year = try await ReviewController.year(req)
        let charts = try await req.dashboardCharts(year: year)
        let monitoring = try await DashboardMonitoring.load(req, year: year)
        return DashboardPage.render(year: year, charts: charts, monitoring: monitoring, user: user, csrf: req.csrf).response()
    }

    /// Every unit's numbers of the per-unit charts (the year's department-wide evaluations by
    /// unit code), `DashboardUnitsPage.per` a page; a page past the last is a 400.
    func units(_ req: Request) async throws -> Response {
        let user = try req.requireUser()
        let year = try await ReviewController.year(req)
        let page = ListPage(page: try ListPage(req, perFromQuery: false).page, per: DashboardUnitsPage.per)
        let rows = try await req.dashboard.rows(year: year, unitCodes: nil, statuses: nil, kind: .departmentWide, spilled: false)
        try page.requireExists(total: rows.count)
        let model = DashboardUnitsPage.Model(
            year: year, rows: Array(rows.dropFirst((page.page - 1) * page.per).prefix(page.per)), page: page, total: rows.count)
        return DashboardUnitsPage.render(model, user: user, csrf: req.csrf).response()
    }

    /// The year's and the previous year's summaries (grouped in SQL) and the year's department-wide
    /// rows the per-unit charts show (chosen in SQL).
    static func model(_ query: any DashboardRepository, year: Int) async throws -> DashboardModel {
        DashboardModel(
            year: year, summary: try await query.summary(year: year, findings: DashboardModel.findingsShown),
            previous: try await query.summary(year: year - 1, findings: 0),
            unitCharts: try await query.unitCharts(year: year, shown: DashboardModel.unitsShown))
    }
}
