import Foundation
import JixiaoCore
import Plot

/// The monitoring rounds on the to-do page: those at a status `Todo.duties` gives the user's role
/// and on which the user has a step to take; one page of them, headed by how many there are in all.
enum RoundTodo {
    static func node(_ part: TodoPart<StoredMonitoringRound>, link: (Int) -> String) -> Node<HTML.BodyContext> {
        let rows = part.rows
        return .if(
            part.total > 0,
            .section(
                .class("todo-group"), .id("todo-monitoring"),
                .h2(.text("运行监控表（\(part.total)）")),
                .div(
                    .class("table-scroll"),
                    .table(
                        .class("list todo-list"),
                        .thead(.tr(.th("运行监控表"), .th("截至日期"), .th("状态"), .th("更新"))),
                        .tbody(
                            .forEach(rows) { row in
                                let round = row.state.round
                                return .tr(
                                    .td(
                                        .a(
                                            .attr("href", SiteURL.monitoringRound(row.id).path),
                                            .text("\(round.subject) \(round.fiscalYear)年度 运行监控"))),
                                    .td(.text(round.asOf.iso)),
                                    .td(.text(Todo.title(row.state.status))),
                                    .td(.text(DateText.short(row.updatedAt))))
                            }))),
                TodoPager.node(part, id: "todo-monitoring-pager", link: link)))
    }
}
