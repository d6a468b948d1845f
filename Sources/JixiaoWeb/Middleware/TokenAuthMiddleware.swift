import Crypto
import Foundation
import JixiaoCore
import Vapor

/// Authenticates `Authorization: Bearer <token>` against the hashed API tokens (never for a
/// disabled user).
/// Future-based: with the direct SQLite reader the check is complete on return, no task started.
/// The token's last use is written at most every `TokenUse.touchInterval`
/// (then, and only then, a task runs the write).
struct TokenAuthMiddleware: Middleware {
    func respond(to request: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        guard let token = request.headers.bearerAuthorization?.token else { return next.respond(to: request) }
        let tokens = request.tokenCheck
        return request.eventLoop.future { tokens.tokenUse(tokenHash: Self.hash(token), then: $0) }.flatMap { use in
            guard let use else { return next.respond(to: request) }
            request.currentUser = use.user
            let now = Date()
            guard use.shouldTouch(at: now) else { return next.respond(to: request) }
            return request.eventLoop.makeFutureWithTask { try await tokens.touchToken(id: use.tokenID, at: now) }
                .flatMap { next.respond(to: request) }
        }
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
