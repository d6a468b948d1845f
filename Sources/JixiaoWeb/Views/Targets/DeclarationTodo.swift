import Foundation
import JixiaoCore
import Plot

/// The declarations on the to-do page: those at a status `Todo.duties` gives the user's role and
/// on which the user has a step to take (the adjustment of an accepted one is not a duty).
enum DeclarationTodo {
    static func node(_ rows: [StoredDeclaration]) -> Node<HTML.BodyContext> {
        .if(
            !rows.isEmpty,
            .section(
                .class("todo-group"), .id("todo-declarations"),
                .h2(.text("绩效目标申报表（\(rows.count)）")),
                .div(
                    .class("table-scroll"),
                    .table(
                        .class("list todo-list"),
                        .thead(.tr(.th("申报表"), .th("年度"), .th("状态"), .th("更新"))),
                        .tbody(
                            .forEach(rows) { row in
                                .tr(
                                    .td(
                                        .a(
                                            .attr("href", SiteURL.declaration(row.id).path),
                                            .text("\(row.state.declaration.unit) \(row.state.declaration.fiscalYear)年度 \(row.state.title)"))
                                    ),
                                    .td(.text(String(row.state.declaration.fiscalYear))),
                                    .td(.text(Todo.title(row.state.status))),
                                    .td(.text(DateText.short(row.updatedAt))))
                            })))))
    }
}
