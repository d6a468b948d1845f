import Foundation
import JixiaoCore
import Plot

/// The 整改 items on the to-do page of both sides: every item not closed in the user's scope
/// (the unit answers 待整改, the bureau checks 已答复), with the deadline and an overdue mark.
enum RectificationTodo {
    static func node(_ items: [StoredRectification], user: UserAccount, today: CalendarDate) -> Node<HTML.BodyContext> {
        let overdue = items.filter { $0.item.isOverdue(on: today) }.count
        return .if(
            !items.isEmpty,
            .section(
                .class("todo-group"), .id("todo-rectifications"),
                .h2(.text("整改事项（\(items.count)）")),
                .if(
                    overdue > 0,
                    .p(.class("error-banner overdue-banner"), .id("rectification-overdue-count"), .text("有 \(overdue) 项整改已过期限（逾期）。"))),
                RectificationPanel.table(items, user: user, today: today),
                .p(.a(.attr("href", SiteURL.rectifications.path), .text("全部整改事项")))))
    }
}
