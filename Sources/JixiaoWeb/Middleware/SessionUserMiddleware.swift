import Foundation
import JixiaoStore
import Vapor

/// Loads the user whose id the session holds (sessions live in the database).
struct SessionUserMiddleware: AsyncMiddleware {
    static let sessionKey = "uid"

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if request.hasSession, let text = request.session.data[Self.sessionKey], let id = UUID(uuidString: text),
           let user = try await request.accounts.user(id: id)?.account {
            request.currentUser = user
        }
        return try await next.respond(to: request)
    }
}
