import Foundation
import JixiaoStore
import Vapor

/// Sets the user whose id the session holds: `StoredSessions` read it with the session,
/// in the same query (nil for a disabled user, whose session counts as signed out).
struct SessionUserMiddleware: AsyncMiddleware {
    static let sessionKey = "uid"

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if request.hasSession, let text = request.session.data[Self.sessionKey],
           let user = request.storage[StoredSessions.UserKey.self], user.id.uuidString == text {
            request.currentUser = user
        }
        return try await next.respond(to: request)
    }
}
