import Crypto
import Foundation
import Vapor

/// Authenticates `Authorization: Bearer <token>` against the hashed API tokens (never for a
/// disabled user).
struct TokenAuthMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if let token = request.headers.bearerAuthorization?.token,
           let record = try await request.accounts.user(tokenHash: Self.hash(token)), !record.disabled,
           let user = record.account {
            request.currentUser = user
        }
        return try await next.respond(to: request)
    }

    /// Lower-case hex SHA-256 of a token, as stored.
    static func hash(_ token: String) -> String {
        SHA256.hash(data: Data(token.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    /// A new random token (shown once to its owner).
    static func newToken() -> String {
        "jx_" + [UInt8].random(count: 24).map { String(format: "%02x", $0) }.joined()
    }
}
