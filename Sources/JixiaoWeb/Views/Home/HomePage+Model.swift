import Foundation
import JixiaoCore

/// The evaluation list: counts by year and status, and one page of rows.
struct HomePageModel {
    var user: UserAccount
    var csrf: String
    var counts: [StatusCount]
    var rows: [EvaluationSummary]
    var year: Int?
    var status: EvaluationStatus?
    var page: ListPage
    /// Rows matching the year and status filter, over all pages.
    var total: Int
    var flash: String?

    var canCreate: Bool { user.role.mayEdit }
    var pageCount: Int { page.pageCount(total: total) }

    /// Link to the list filtered to `year`/`status` at `page`.
    func link(year: Int?, status: EvaluationStatus?, page: Int = 1) -> String {
        var query: [String] = []
        if let year { query.append("year=\(year)") }
        if let status { query.append("status=\(status.rawValue)") }
        if page > 1 { query.append("page=\(page)") }
        return SiteURL.evaluations.path + (query.isEmpty ? "" : "?" + query.joined(separator: "&"))
    }
}
