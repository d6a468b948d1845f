import FluentKit
import FluentSQL
import Foundation
import JixiaoCore

/// API tokens: stored as SHA-256 hashes, listed and revoked by their owner.
extension FluentAccountRepository: TokenCheckRepository {
    /// `last_used_at` is written at most this often per token (`TokenUse.touchInterval`).
    public static let tokenTouchInterval = TokenUse.touchInterval

    /// The user owning the token whose SHA-256 is `hash` (one query on every API call). A
    /// future, as `FluentSessionRepository.read`: complete on return with the direct SQLite reader.
    public func tokenUse(tokenHash hash: String) -> EventLoopFuture<TokenUse?> {
        guard let sql = reader ?? database as? any SQLDatabase else { return database.eventLoop.makeSucceededFuture(nil) }
        let query: SQLQueryString = """
            SELECT t.id AS tid, t.last_used_at, \(unsafeRaw: UserAccount.joinedColumns) \
            FROM api_tokens t JOIN users u ON u.id = t.user_id WHERE t.token_hash = \(bind: hash)
            """
        return sql.raw(query).first().flatMapThrowing { row in
            guard let row, let user = try UserAccount(row: row) else { return nil }
            let lastUsed = try row.decodeNil(column: "last_used_at") ? nil : try row.decode(column: "last_used_at", as: Date.self)
            return TokenUse(user: user, tokenID: try row.decode(column: "tid", as: UUID.self), lastUsedAt: lastUsed)
        }
    }

    public func tokenUse(tokenHash hash: String, then done: @escaping @Sendable (Result<TokenUse?, any Error>) -> Void) {
        tokenUse(tokenHash: hash).whenComplete(done)
    }

    /// The user owning the token whose SHA-256 is `hash`.
    public func account(tokenHash hash: String) -> EventLoopFuture<UserAccount?> {
        tokenUse(tokenHash: hash).map { $0?.user }
    }

    /// True when a use at `now` should be written (never written, or longer ago than the interval).
    public static func shouldTouch(_ use: TokenUse, at now: Date) -> Bool { use.shouldTouch(at: now) }

    /// Records that token `id` was used at `date`.
    public func touchToken(id: UUID, at date: Date = Date()) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.update(ApiTokenRecord.schema).set("last_used_at", to: date).where("id", .equal, id).run()
    }

    public func addToken(userID: UUID, name: String, tokenHash: String) async throws {
        try await ApiTokenRecord(userID: userID, name: name, tokenHash: tokenHash).create(on: database)
    }

    /// The tokens of user `id`, oldest first.
    public func tokens(userID id: UUID) async throws -> [ApiToken] {
        try await ApiTokenRecord.query(on: database).filter(\.$userID == id).sort(\.$createdAt).sort(\.$id).all().compactMap { r in
            r.id.map { ApiToken(id: $0, name: r.name, createdAt: r.createdAt, lastUsedAt: r.lastUsedAt) }
        }
    }

    public func revokeToken(id: UUID, userID: UUID, log: AdminLogEntry?) async throws -> Bool {
        try await database.writeTransaction { db in
            guard
                let token = try await ApiTokenRecord.query(on: db)
                    .filter(\.$id == id).filter(\.$userID == userID).first()
            else { return false }
            try await token.delete(on: db)
            if let log { try await FluentAdminLog(database: db).record(log) }
            return true
        }
    }
}
