import Foundation
import JixiaoCore
import Plot

/// The 整改 items on the to-do page of both sides: every item not closed in the user's scope
/// (the unit answers 待整改, the bureau checks 已答复), with the deadline and an overdue mark; one
/// page of them, headed by how many there are and how many are overdue in all.
enum RectificationTodo {
    static func node(
        _ part: TodoPart<StoredRectification>, overdue: Int, user: UserAccount, today: CalendarDate, link: (Int) -> String
    ) -> Node<HTML.BodyContext> {
        .if(
            part.total > 0,
            .section(
                .class("todo-group"), .id("todo-rectifications"),
                .h2(.text("整改事项（\(part.total)）")),
                .if(
                    overdue > 0,
                    .p(.class("error-banner overdue-banner"), .id("rectification-overdue-count"), .text("有 \(overdue) 项整改已过期限（逾期）。"))),
                RectificationPanel.table(part.rows, user: user, today: today),
                TodoPager.node(part, id: "todo-rectifications-pager", link: link),
                .p(.a(.attr("href", SiteURL.rectifications.path), .text("全部整改事项")))))
    }
}
