import Foundation
import JixiaoCore
import Vapor

/// 监控日期 (administrators): the monitoring dates of a year, read and replaced.
struct MonitoringDatesController {
    func show(_ req: Request) async throws -> Response {
        let user = try req.requireUser()
        let year: Int
        if let asked = try req.queryInt(.year) { year = asked } else { year = try await req.filingYears.suggested() }
        let dates = try await req.monitoringRounds.dates(fiscalYear: year)
        let model = MonitoringDatesPage.Model(
            user: user, csrf: req.csrf, year: year, dates: dates, text: dates.map(\.iso).joined(separator: "\n"),
            error: nil, flash: req.query[String.self, at: "done"])
        return MonitoringDatesPage.render(model).response()
    }

    /// `year` and `dates` (one a line or separated by commas): each a real day of the year.
    func save(_ req: Request) async throws -> Response {
        let user = try req.requireUser()
        let form = try req.content.decode([String: String].self)
        guard let year = try BoundedInt.year.parse(form["year"]) else { throw Abort(.badRequest, reason: BoundedInt.year.message) }
        let text = String((form["dates"] ?? "").prefix(2000))
        switch MonitoringStart.dates(from: text, fiscalYear: year) {
        case .failure(let refusal):
            let model = MonitoringDatesPage.Model(
                user: user, csrf: req.csrf, year: year, dates: try await req.monitoringRounds.dates(fiscalYear: year), text: text,
                error: refusal.message, flash: nil)
            return MonitoringDatesPage.render(model).response(status: .unprocessableEntity)
        case .success(let dates):
            let log = AdminLogEntry(
                by: user.displayName, action: "设置监控日期", detail: "\(year) 年度：" + dates.map(\.iso).joined(separator: "、"))
            try await req.monitoringRounds.setDates(dates, fiscalYear: year, by: user.displayName, log: log)
            return req.redirect(
                to: SiteURL.monitoringDates.withQuery(["year": String(year), "done": RoundText.datesSaved]), redirectType: .normal)
        }
    }
}
