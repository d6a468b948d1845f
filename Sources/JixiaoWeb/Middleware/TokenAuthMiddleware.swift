import Crypto
import Foundation
import Vapor

/// Authenticates `Authorization: Bearer <token>` against the hashed API tokens (never for a
/// disabled user).
struct TokenAuthMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if let token = request.headers.bearerAuthorization?.token,
           let user = try await request.accounts.account(tokenHash: Self.hash(token)) {
            request.currentUser = user
        }
        return try await next.respond(to: request)
    }

    /// Lower-case hex SHA-256 of a token, as stored.
    static func hash(_ token: String) -> String {
        hex(Array(SHA256.hash(data: Data(token.utf8))))
    }

    /// A new random token (shown once to its owner).
    static func newToken() -> String {
        "jx_" + hex([UInt8].random(count: 24))
    }

    /// Lower-case hex of `bytes` (on every API call: no `String(format:)`).
    static func hex(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count * 2)
        for byte in bytes {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 15)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
