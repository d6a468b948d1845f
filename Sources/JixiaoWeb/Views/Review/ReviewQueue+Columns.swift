import JixiaoCore
import Plot

/// The review list's column headers (a header that sorts links to that order), the filters
/// added for work at scale (kind, framework, name search, overdue) and the pager (`after=`).
enum ReviewQueueColumns {
    /// Header title → the order it sorts by (nil: not sortable).
    static let columns: [(String, ReviewQueueModel.Sort?)] = [
        ("单位", .unit), ("评价", nil), ("状态", .status), ("计算得分", .scoreDescending), ("自评得分", nil),
        ("差距", .gap), ("等级", .grade), ("错误", .errors), ("警告", nil),
    ]

    static func header(_ m: ReviewQueueModel) -> Node<HTML.TableContext> {
        .thead(
            .tr(
                .th(
                    .input(.type(.checkbox), .id("pick-all"), .attr("aria-label", "全选本页"), .attr("hidden", "hidden")),
                    .text("选择")),
                .forEach(columns) { title, sort in
                    guard let sort else { return .th(.text(title)) }
                    let current = m.filter.sort == sort
                    return .th(
                        .attr(
                            "aria-sort",
                            current ? (sort == .unit || sort == .status || sort == .grade ? "ascending" : "descending") : "none"),
                        .a(
                            .attr("href", SiteURL.reviewQueue.path + m.filter.query([("sort", sort.rawValue)], replacing: ["sort"])),
                            .class("sort-link"), .attr("data-sort", sort.rawValue), .text(title + (current ? " ▾" : ""))))
                }
            ))
    }

    static func filters(_ m: ReviewQueueModel) -> Node<HTML.BodyContext> {
        let f = m.filter
        return .group(
            .selectField(
                "类型", name: "kind", options: [("", "全部")] + EvaluationKind.allCases.map { ($0.rawValue, $0.label) },
                selected: f.kind?.rawValue ?? ""),
            .selectField(
                "指标体系", name: "framework", options: [("", "全部")] + m.frameworks.map { ($0.id, $0.title) },
                selected: f.framework ?? ""),
            .textField("单位名称", name: "q", value: f.search ?? ""),
            .selectField(
                "逾期", name: "overdue", options: [("", "不限"), ("1", "逾期未交（草稿、退回）")],
                selected: f.overdue ? "1" : "")
        )
    }

    /// 第 N 页 and the next page by keyset (`after=` the last row), the first page by link.
    static func pager(_ m: ReviewQueueModel) -> Node<HTML.BodyContext> {
        .p(
            .class("pager"), .id("queue-pager"),
            .text("第 \(m.page) 页"),
            .if(
                m.page > 1,
                .group(.text(" · "), .a(.attr("href", SiteURL.reviewQueue.path + m.filter.query()), .id("first-page"), .text("第一页")))),
            .unwrap(m.next) { next in
                .group(
                    .text(" · "),
                    .a(
                        .attr("href", SiteURL.reviewQueue.path + m.filter.query([("after", next), ("page", String(m.page + 1))])),
                        .id("next-page"), .text("下一页")))
            })
    }
}
