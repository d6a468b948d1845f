import JixiaoCore
import Plot

/// Every unit's numbers behind the dashboard's per-unit charts (`/dashboard/units`), which show
/// only the extremes past `DashboardModel.unitsShown` units: the department-wide evaluations of
/// the year by unit code, a page at a time.
enum DashboardUnitsPage {
    /// Rows a page.
    static let per = 200

    struct Model {
        var year: Int
        /// This page's rows.
        var rows: [DashboardRow]
        var page: ListPage
        /// Rows over all pages.
        var total: Int
    }

    static func render(_ m: Model, user: UserAccount, csrf: String) -> HTML {
        Layout.page(
            .init(title: "\(m.year)年各单位统计", user: user, csrf: csrf),
            .h1(.text("\(m.year)年各单位自评得分与预算执行率")),
            .p(.a(.attr("href", SiteURL.dashboard.withQuery(["year": String(m.year)])), .text("返回统计看板"))),
            .raw(
                DashboardPage.table(
                    "units", ["单位", "状态", "计算得分", "自评得分", "差距", "预算执行率"],
                    m.rows.map { row in
                        [
                            row.unitName, row.status.label, NumberFormat.text(row.total, .score),
                            NumberFormat.text(row.statedTotal, .score), NumberFormat.text(row.selfScoreGap, .score),
                            NumberFormat.text(row.executionRate, .rate),
                        ]
                    })),
            pager(m)
        )
    }

    private static func pager(_ m: Model) -> Node<HTML.BodyContext> {
        let page = m.page.page, last = m.page.pageCount(total: m.total)
        func link(_ page: Int) -> String {
            SiteURL.dashboardUnits.withQuery(["year": String(m.year), "page": page > 1 ? String(page) : nil])
        }
        return .p(
            .class("pager"), .id("units-pager"),
            .if(page > 1, .a(.rel(.prev), .attr("href", link(page - 1)), .text("上一页"))),
            .span(.text(" 第 \(page) / \(last) 页，共 \(m.total) 个单位 ")),
            .if(page < last, .a(.rel(.next), .attr("href", link(page + 1)), .text("下一页"))))
    }
}
