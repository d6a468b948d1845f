import Foundation
import JixiaoStore
import Vapor

/// Loads the user whose id the session holds (sessions live in the database); a disabled
/// user's session counts as signed out.
struct SessionUserMiddleware: AsyncMiddleware {
    static let sessionKey = "uid"

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if request.hasSession, let text = request.session.data[Self.sessionKey], let id = UUID(uuidString: text),
           let record = try await request.accounts.user(id: id), !record.disabled, let user = record.account {
            request.currentUser = user
        }
        return try await next.respond(to: request)
    }
}
