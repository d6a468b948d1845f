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
    /// The short to-do list (counts, overdue, copy buttons) and the deadlines that mark rows 逾期.
    var todo: TodoList? = nil

    var canCreate: Bool { user.role.mayEdit }
    var pageCount: Int { page.pageCount(total: total) }
    /// The "next" link's cursor: past `ListPage.keysetFrom` rows the next page is read after
    /// this page's last row, not by skipping rows.
    var nextAfter: String? { page.page * page.per >= ListPage.keysetFrom ? page.next(after: rows) : nil }

    /// Link to the list filtered to `year`/`status` at `page` (read after the row `after`).
    func link(year: Int?, status: EvaluationStatus?, page: Int = 1, after: String? = nil) -> String {
        SiteURL.evaluations.withQuery([
            "year": year.map(String.init), "status": status?.rawValue,
            "page": page > 1 ? String(page) : nil, "after": after,
        ])
    }
}
