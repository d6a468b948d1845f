import Foundation
import Vapor

/// Sets the user whose id the session holds: `StoredSessions` read it with the session,
/// in the same query (nil for a disabled user, whose session counts as signed out).
struct SessionUserMiddleware: Middleware {
    static let sessionKey = "uid"

    func respond(to request: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        if request.hasSession, let text = request.session.data[Self.sessionKey],
            let user = request.storage[StoredSessions.UserKey.self], user.id.uuidString == text
        {
            request.currentUser = user
        }
        return next.respond(to: request)
    }
}
