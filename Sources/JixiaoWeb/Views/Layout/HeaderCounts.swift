import Plot
import Vapor

/// The numbers the top bar shows on every page: the signed-in user's unread messages.
/// Read with the session (one query, `StoredSessions.UnreadKey`) and bound for the handler's
/// task (`routes`), so `Layout` shows it without every page model carrying it.
enum HeaderCounts {
    @TaskLocal static var unread = 0

    /// The request's unread count, as read with its session (0 without one).
    static func unread(_ req: Request) -> Int { req.storage[StoredSessions.UnreadKey.self] ?? 0 }

    /// The top bar's links to 待办 and 消息 (with the unread count).
    static func links() -> Node<HTML.BodyContext> {
        .group(
            .a(.attr("href", SiteURL.todo.path), .id("nav-todo"), .text("待办")),
            .a(
                .attr("href", SiteURL.notices.path), .id("nav-notices"),
                .attr("aria-label", unread > 0 ? "消息，\(unread) 条未读" : "消息"),
                .text("消息"), .if(unread > 0, .span(.class("badge"), .id("unread-count"), .text(String(unread)))))
        )
    }
}
