import JixiaoCore
import Plot

/// The home page's short to-do list: the count per group, the overdue count, a link to
/// `/todo`, and for filers the copy buttons.
enum TodoSummary {
    static func node(_ list: TodoList, csrf: String) -> Node<HTML.BodyContext> {
        .section(
            .class("todo-summary"), .id("todo-summary"),
            .p(
                .strong("待办："),
                .if(list.total == 0, .text("无。")),
                .forEach(list.groups.filter { $0.count > 0 }) { g in
                    .span(.class("todo-count"), .attr("id", "todo-count-\(g.status.rawValue)"), .text("\(g.title) \(g.count) 项 "))
                },
                .if(
                    list.monitoringRounds > 0,
                    .span(.class("todo-count"), .id("todo-count-monitoring"), .text("运行监控表 \(list.monitoringRounds) 项 "))),
                .if(
                    list.rectifications > 0,
                    .span(.class("todo-count"), .id("todo-count-rectifications"), .text("整改事项 \(list.rectifications) 项 "))),
                .if(list.overdue > 0, .span(.class("overdue-mark"), .id("todo-overdue"), .text("其中逾期 \(list.overdue) 项 "))),
                .a(.attr("href", SiteURL.todo.path), .id("todo-open"), .text("查看待办")),
                .if(
                    HeaderCounts.unread > 0,
                    .group(
                        .text(" · "),
                        .a(
                            .attr("href", SiteURL.notices.path), .id("todo-unread"),
                            .text("未读消息 \(HeaderCounts.unread) 条"))))
            ),
            CopySection.node(list.copyable, csrf: csrf)
        )
    }
}
