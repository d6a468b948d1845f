import Foundation
import JixiaoCore
import Plot

/// 消息: the user's messages, unread ones first marked, each linking to its evaluation.
enum NoticesPage {
    struct Model {
        var user: UserAccount
        var csrf: String
        var notices: [Notice]
        var flash: String?
    }

    static func render(_ m: Model) -> HTML {
        let unread = m.notices.filter(\.isUnread).count
        return Layout.page(
            .init(title: "消息", user: m.user, csrf: m.csrf, flash: m.flash),
            .h1("消息"),
            .p(.id("unread-summary"), .text(unread == 0 ? "没有未读消息。" : "未读消息 \(unread) 条。")),
            .if(
                unread > 0,
                .postForm(
                    action: SiteURL.noticesReadAll.path, csrf: m.csrf, id: "read-all", class: "inline",
                    [
                        .button(.type(.submit), .class("button secondary"), .text("全部标为已读"))
                    ])),
            .if(m.notices.isEmpty, .p(.id("notices-empty"), .text("暂无消息。"))),
            .ul(
                .class("notices"), .id("notice-list"),
                .forEach(m.notices) { notice in
                    .li(
                        .attr("class", notice.isUnread ? "notice unread" : "notice"),
                        .attr("id", "notice-\(notice.id.uuidString.lowercased())"),
                        .span(.class("notice-time"), .text(DateText.short(notice.createdAt))), .text(" "),
                        .if(notice.isUnread, .strong(.class("notice-new"), .text("未读 "))),
                        .a(.attr("href", SiteURL.evaluation(notice.evaluationID).path), .text(notice.message)),
                        .if(
                            notice.isUnread,
                            .postForm(
                                action: SiteURL.noticeRead(notice.id.uuidString.lowercased()).path, csrf: m.csrf, class: "inline",
                                [.button(.type(.submit), .class("link-button"), .text("标为已读"))]))
                    )
                })
        )
    }
}
