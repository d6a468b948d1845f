import Foundation
import JixiaoCore
import Plot

/// The to-do page (`/todo`): per status the role acts on, its evaluations with their
/// deadline and an overdue mark; for filers, last year's evaluations to copy.
enum TodoPage {
    struct Model {
        var user: UserAccount
        var csrf: String
        var list: TodoList
        var flash: String? = nil
        var error: String? = nil
        /// The evaluation a refused copy would have duplicated.
        var existing: String? = nil
        /// Target declarations waiting for the user (`Request.declarationsToAct`).
        var declarations: [StoredDeclaration] = []
        /// Monitoring rounds waiting for the user, one page (`Request.roundsToAct`).
        var monitoringRounds = TodoPart<StoredMonitoringRound>()
        /// 整改 items not closed in the user's scope, one page (`RectificationService.pending`).
        var rectifications = TodoPart<StoredRectification>()
        /// How many of all of `rectifications` are overdue.
        var rectificationsOverdue = 0
    }

    static func render(_ m: Model) -> HTML {
        Layout.page(
            .init(title: "待办", user: m.user, csrf: m.csrf, flash: m.flash, error: m.error),
            .h1("待办"),
            .unwrap(m.existing) { .p(.id("existing-link"), .a(.attr("href", SiteURL.evaluation($0).path), .text("打开已有的评价"))) },
            .if(
                m.list.overdue > 0,
                .p(
                    .class("error-banner overdue-banner"), .id("overdue-count"),
                    .text("有 \(m.list.overdue) 项已过填报截止日期（逾期），请尽快处理。"))),
            .if(m.list.total == 0, .p(.id("todo-empty"), .text("目前没有需要您处理的评价。"))),
            .if(
                HeaderCounts.unread > 0,
                .p(
                    .a(
                        .attr("href", SiteURL.notices.path), .id("todo-unread"),
                        .text("您有 \(HeaderCounts.unread) 条未读消息（退回、审核通过、公开）")))),
            .forEach(m.list.groups.filter { $0.count > 0 }) { group(m, $0) },
            DeclarationTodo.node(m.declarations),
            RoundTodo.node(m.monitoringRounds) {
                TodoPager.link(rounds: $0, rectifications: m.rectifications.page, fragment: "todo-monitoring")
            },
            RectificationTodo.node(m.rectifications, overdue: m.rectificationsOverdue, user: m.user, today: m.list.deadlines.today) {
                TodoPager.link(rounds: m.monitoringRounds.page, rectifications: $0, fragment: "todo-rectifications")
            },
            CopySection.node(m.list.copyable, csrf: m.csrf)
        )
    }

    private static func group(_ m: Model, _ g: TodoList.Group) -> Node<HTML.BodyContext> {
        .section(
            .class("todo-group"), .attr("id", "todo-\(g.status.rawValue)"),
            .h2(.text("\(g.title)（\(g.count)）")),
            .if(g.count > g.rows.count, .p(.class("hint"), .text("只列出最近修改的 \(g.rows.count) 项。"))),
            .div(
                .class("table-scroll"),
                .table(
                    .class("list todo-list"),
                    .thead(.tr(.th("单位"), .th("年度"), .th("类型"), .th("状态"), .th("填报截止日期"), .th("更新"))),
                    .tbody(
                        .forEach(g.rows) { row in
                            let overdue = m.list.deadlines.isOverdue(year: row.fiscalYear, row.status)
                            return .tr(
                                .attr("class", overdue ? "overdue" : ""),
                                .td(.a(.attr("href", link(m.user, row)), .text("\(row.unitName) \(row.fiscalYear)年度 \(row.title)"))),
                                .td(.text(String(row.fiscalYear))),
                                .td(.text(row.title)),
                                .td(.text(row.status.label)),
                                .td(
                                    .text(m.list.deadlines.byYear[row.fiscalYear]?.iso ?? "—"),
                                    .if(overdue, .span(.class("overdue-mark"), .text(" 逾期")))),
                                .td(.text(DateText.short(row.updatedAt)))
                            )
                        })
                ))
        )
    }

    /// The finance bureau works on the review page; everyone else on the evaluation's page.
    static func link(_ user: UserAccount, _ row: EvaluationSummary) -> String {
        user.role.seesAllUnits && row.status != .draft && row.status != .returned
            ? SiteURL.review(row.id).path : SiteURL.evaluation(row.id).path
    }
}
