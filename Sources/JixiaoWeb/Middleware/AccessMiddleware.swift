import JixiaoCore
import Vapor

/// Who may call a route. Every route of `routes.swift` names one.
enum Access: Sendable, Hashable {
    /// Anyone, signed in or not.
    case anyone
    /// Signed-in users (session) with one of the roles.
    case page(Set<Role>)
    /// API callers (bearer token) with one of the roles.
    case api(Set<Role>)

    static let everyRole = Set(Role.allCases)
    static let editors: Set<Role> = [.admin, .filer]

    /// True when a user with `role` (nil: anonymous) passes.
    func allows(_ role: Role?) -> Bool {
        switch self {
        case .anyone: return true
        case .page(let roles), .api(let roles): return role.map(roles.contains) ?? false
        }
    }
}

/// Enforces an `Access` rule: anonymous page requests go to the login page, API
/// requests get 401; a signed-in user without the role gets 403.
struct AccessMiddleware: Middleware {
    let access: Access

    func respond(to request: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        guard !access.allows(request.currentUser?.role) else { return next.respond(to: request) }
        switch (access, request.currentUser) {
        case (.page, nil) where request.method == .GET:
            return request.eventLoop.makeSucceededFuture(request.redirect(to: SiteURL.login.path))
        case (_, nil):
            return request.eventLoop.makeFailedFuture(Abort(.unauthorized, reason: WebText.signInRequired))
        default:
            return request.eventLoop.makeFailedFuture(Abort(.forbidden, reason: WebText.forbidden))
        }
    }
}
