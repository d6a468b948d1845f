import JixiaoCore
import Vapor

/// The signed-in user of a request, set by `SessionUserMiddleware` or `TokenAuthMiddleware`.
struct CurrentUserKey: StorageKey { typealias Value = UserAccount }

extension Request {
    /// The signed-in user, or nil for anonymous requests.
    var currentUser: UserAccount? {
        get { storage[CurrentUserKey.self] }
        set { storage[CurrentUserKey.self] = newValue }
    }

    /// The signed-in user; throws 401 when there is none.
    func requireUser() throws -> UserAccount {
        guard let user = currentUser else { throw Abort(.unauthorized, reason: WebText.signInRequired) }
        return user
    }
}
