import JixiaoCore
import Plot

/// The 结果应用 view: the year's rules in words, the filter, and one row per unit (the
/// table written as escaped text: 10,000 units make a long table).
enum ResultsPage {
    struct Model {
        var user: UserAccount
        var csrf: String
        var filter: ResultsFilter
        var settings: YearSettings
        var years: [Int]
        var units: [(code: String, name: String)]
        /// Every row of the filter (the page shows `filter.page`'s).
        var rows: [ResultUseRow]

        var pageCount: Int { max(1, (rows.count + ResultsFilter.rowsPerPage - 1) / ResultsFilter.rowsPerPage) }
        var pageRows: ArraySlice<ResultUseRow> {
            let start = min((filter.page - 1) * ResultsFilter.rowsPerPage, rows.count)
            return rows[start..<min(start + ResultsFilter.rowsPerPage, rows.count)]
        }
    }

    static func render(_ m: Model) -> HTML {
        let f = m.filter
        return Layout.page(
            .init(title: "\(f.year)年结果应用", user: m.user, csrf: m.csrf),
            .h1(.text("\(f.year)年绩效评价结果应用")),
            ReviewNav.links(year: f.year),
            .p(.id("results-rules"), .text(ResultsText.rules(m.settings))),
            filterForm(m),
            .p(
                .id("results-count"), .text(ResultsText.count(m.rows.count, page: f.page, of: m.pageCount)), .text(" "),
                .a(.attr("href", f.link(.resultsExport)), .id("results-export"), .text("导出 Excel"))),
            .raw(DashboardPage.table("results", ResultsColumns.titles, m.pageRows.map(ResultsColumns.texts))),
            pager(m)
        )
    }

    private static func filterForm(_ m: Model) -> Node<HTML.BodyContext> {
        let f = m.filter
        let years = m.years.contains(f.year) ? m.years : [f.year] + m.years
        return .element(
            named: "form",
            nodes: [
                .class("filters"), .id("results-filter"), .attr("action", SiteURL.results.path), .attr("method", "get"),
                .selectField("年度", name: "year", options: years.map { (String($0), "\($0)年") }, selected: String(f.year)),
                .selectField("单位", name: "unit", options: [("", "全部")] + m.units, selected: f.unit ?? ""),
                .selectField("等级", name: "grade", options: [("", "全部")] + ResultsFilter.gradeOptions, selected: f.grade ?? ""),
                .selectField("监控灯", name: "light", options: [("", "全部")] + ResultsFilter.lightOptions, selected: f.light ?? ""),
                .button(.type(.submit), .id("results-apply"), .text("筛选")),
            ])
    }

    private static func pager(_ m: Model) -> Node<HTML.BodyContext> {
        let page = m.filter.page
        return .p(
            .class("pager"),
            .if(page > 1, .a(.attr("href", m.filter.link(.results, page: page - 1)), .attr("rel", "prev"), .text("上一页"))),
            .text(" "),
            .if(
                page < m.pageCount,
                .a(.attr("href", m.filter.link(.results, page: page + 1)), .attr("rel", "next"), .text("下一页"))))
    }
}
