import JixiaoCore
import Plot

/// Renders `ReviewQueueModel`: the filter form and the table of submissions.
enum ReviewQueuePage {
    static func render(_ m: ReviewQueueModel) -> HTML {
        Layout.page(
            .init(title: "财政审核", user: m.user, csrf: m.csrf),
            .h1(.text("\(m.filter.year)年绩效自评审核")),
            ReviewNav.links(year: m.filter.year),
            filterForm(m),
            .p(.id("queue-count"), .text(ReviewQueueText.count(m.total ?? m.rows.count))),
            ReviewBatch.form(m),
            .table(
                .class("list"), .id("review-queue"),
                ReviewQueueColumns.header(m),
                .tbody(
                    .forEach(m.rows) { row in
                        .tr(
                            .attr("data-unit", row.unitCode), ReviewBatch.checkbox(row, year: m.filter.year),
                            .td(
                                .a(
                                    .attr("href", SiteURL.review(row.id).path),
                                    .attr("aria-label", "审核 \(row.unitName) \(m.filter.year)年\(row.title)"), .text(row.unitName))),
                            .td(.text(row.title)), .td(.text(row.status.label)),
                            .td(.class("num score"), .text(ScoreText.of(row.total))),
                            .td(.class("num"), .text(ScoreText.of(row.statedTotal))),
                            .td(.class("num gap"), .text(ScoreText.of(row.selfScoreGap))),
                            .td(.text(row.grade?.rawValue ?? "—")),
                            .td(.class("num"), .text(String(row.errorCount))),
                            .td(.class("num"), .text(String(row.warningCount))))
                    })
            ),
            ReviewQueueColumns.pager(m)
        )
    }

    private static func filterForm(_ m: ReviewQueueModel) -> Node<HTML.BodyContext> {
        let f = m.filter
        return .element(
            named: "form",
            nodes: [
                .class("filters"), .id("queue-filter"), .attr("action", SiteURL.reviewQueue.path),
                .attr("method", "get"),
                .selectField("年度", name: "year", options: m.years.map { (String($0), "\($0)年") }, selected: String(f.year)),
                .selectField(
                    "状态", name: "status", options: [("", "已提交及以后")] + EvaluationStatus.allCases.map { ($0.rawValue, $0.label) },
                    selected: f.status?.rawValue ?? ""),
                .selectField(
                    "单位", name: "unit", options: [("", "全部")] + m.units.map { ($0.code, $0.name) },
                    selected: f.unit ?? ""),
                .selectField(
                    "等级", name: "grade", options: [("", "全部")] + Grade.allCases.map { ($0.rawValue, $0.rawValue) },
                    selected: f.grade?.rawValue ?? ""),
                .selectField(
                    "问题", name: "severity",
                    options: [("", "全部")] + ReviewQueueModel.Severity.allCases.map { ($0.rawValue, $0.label) },
                    selected: f.severity?.rawValue ?? ""),
                ReviewQueueColumns.filters(m),
                .selectField(
                    "排序", name: "sort", options: ReviewQueueModel.Sort.allCases.map { ($0.rawValue, $0.label) },
                    selected: f.sort.rawValue),
                .button(.type(.submit), .id("apply-filter"), .text("筛选")),
            ])
    }
}

/// Scores as the review pages show them (`NumberFormat`): two decimals, or a dash.
enum ScoreText {
    static func of(_ value: ExactDecimal?) -> String { NumberFormat.text(value, .score) }

    static func percent(_ value: ExactDecimal?) -> String { NumberFormat.text(value, .rate) }
}

/// The links between the finance bureau's pages.
enum ReviewNav {
    static func links(year: Int) -> Node<HTML.BodyContext> {
        .p(
            .class("actions"),
            .a(.attr("href", SiteURL.reviewQueue.withQuery(["year": String(year)])), .text("审核列表")), .text(" · "),
            .a(
                .attr("href", SiteURL.reviewQueue.withQuery(["year": String(year), "status": EvaluationStatus.accepted.rawValue])),
                .id("publication-list"), .text("待公开")), .text(" · "),
            .a(.attr("href", SiteURL.dashboard.withQuery(["year": String(year)])), .id("dashboard-link"), .text("统计看板")), .text(" · "),
            .a(.attr("href", SiteURL.results.withQuery(["year": String(year)])), .id("results-link"), .text("结果应用")), .text(" · "),
            .a(.attr("href", SiteURL.export("xlsx").withQuery(["year": String(year)])), .id("export-xlsx"), .text("导出 Excel")),
            .text(" · "),
            .a(.attr("href", SiteURL.export("csv").withQuery(["year": String(year)])), .id("export-csv"), .text("导出 CSV")))
    }
}

extension ReviewNav {
    /// The top bar's links to the finance bureau's and the administrator's pages.
    static func top(_ role: Role) -> Node<HTML.BodyContext> {
        .group(
            .if(
                role.seesAllUnits,
                .group(
                    .a(.attr("href", SiteURL.reviewQueue.path), .id("nav-review"), .text("财政审核")),
                    .a(.attr("href", SiteURL.dashboard.path), .id("nav-dashboard"), .text("统计看板")))),
            .if(role == .admin, .a(.attr("href", SiteURL.admin.path), .id("nav-admin"), .text("系统管理"))),
            .a(.attr("href", SiteURL.publicIndex.path), .id("nav-public"), .text("公开"))
        )
    }
}
