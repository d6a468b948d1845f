import Foundation
import JixiaoCore
import JixiaoStore
import Vapor

/// 消息: the signed-in user's in-app messages, and marking them read.
struct NoticeController {
    /// Messages shown on the page, newest first.
    static let shown = 200

    func page(_ req: Request) async throws -> Response {
        let user = try req.requireUser()
        let notices = try await req.notices.notices(of: user.id, limit: Self.shown)
        let flash = req.query[String.self, at: "read"] != nil ? "已标为已读。" : nil
        return NoticesPage.render(.init(user: user, csrf: req.csrf, notices: notices, flash: flash)).response()
    }

    func markRead(_ req: Request) async throws -> Response {
        let user = try req.requireUser()
        guard let id = req.parameters.get("id").flatMap(UUID.init(uuidString:)),
            try await req.notices.markRead(id, of: user.id, at: Date())
        else {
            throw Abort(.notFound, reason: WebText.notFound)
        }
        return req.redirect(to: SiteURL.notices.withQuery(["read": "1"]), redirectType: .normal)
    }

    func markAllRead(_ req: Request) async throws -> Response {
        let user = try req.requireUser()
        try await req.notices.markAllRead(of: user.id, at: Date())
        return req.redirect(to: SiteURL.notices.withQuery(["read": "1"]), redirectType: .normal)
    }
}

extension Request {
    var notices: any NoticeRepository { FluentNoticeRepository(database: db) }
}
