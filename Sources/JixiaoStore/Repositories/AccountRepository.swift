import FluentKit
import FluentSQL
import Foundation
import JixiaoCore

/// Users, units, API tokens and failed logins on Fluent. Password and token hashing
/// happen in the caller (the web layer); this type only stores hashes.
public struct AccountRepository: Sendable {
    let database: any Database
    /// Where the token check runs (a `DirectSQLiteDatabase` on SQLite); `database` when nil.
    let reader: (any SQLDatabase)?

    public init(database: any Database, reader: (any SQLDatabase)? = nil) {
        self.database = database
        self.reader = reader
    }

    public func user(username: String) async throws -> UserRecord? {
        try await UserRecord.query(on: database).filter(\.$username == username).first()
    }

    public func user(id: UUID) async throws -> UserRecord? {
        try await UserRecord.find(id, on: database)
    }

    public func users() async throws -> [UserRecord] {
        try await UserRecord.query(on: database).sort(\.$username).all()
    }

    public func create(_ user: UserRecord) async throws { try await user.create(on: database) }

    public func setPasswordHash(_ hash: String, of user: UserRecord) async throws {
        user.passwordHash = hash
        try await user.save(on: database)
    }

    public func units() async throws -> [JixiaoCore.Unit] {
        try await UnitRecord.query(on: database).sort(\.$code).all().map(\.unit)
    }

    public func unit(code: String) async throws -> JixiaoCore.Unit? {
        try await UnitRecord.query(on: database).filter(\.$code == code).first()?.unit
    }

    public func create(_ unit: JixiaoCore.Unit, code: String) async throws {
        try await UnitRecord(unit: unit, code: code).create(on: database)
    }

    /// The user owning the token whose SHA-256 is `hash` (one query on every API call). A
    /// future, as `SessionRepository.read`: complete on return with the direct SQLite reader.
    public func account(tokenHash hash: String) -> EventLoopFuture<UserAccount?> {
        guard let sql = reader ?? database as? any SQLDatabase else { return database.eventLoop.makeSucceededFuture(nil) }
        let query: SQLQueryString = """
            SELECT \(unsafeRaw: UserAccount.joinedColumns) FROM api_tokens t JOIN users u ON u.id = t.user_id \
            WHERE t.token_hash = \(bind: hash)
            """
        return sql.raw(query).first().flatMapThrowing { try $0.flatMap(UserAccount.init(row:)) }
    }

    public func addToken(userID: UUID, name: String, tokenHash: String) async throws {
        try await ApiTokenRecord(userID: userID, name: name, tokenHash: tokenHash).create(on: database)
    }

    public func recordFailedLogin(username: String, at date: Date = Date()) async throws {
        try await LoginAttemptRecord(username: username, attemptedAt: date).create(on: database)
    }

    public func failedLogins(username: String, since date: Date) async throws -> Int {
        try await LoginAttemptRecord.query(on: database)
            .filter(\.$username == username).filter(\.$attemptedAt >= date).count()
    }

    public func clearFailedLogins(username: String) async throws {
        try await LoginAttemptRecord.query(on: database).filter(\.$username == username).delete()
    }

    /// True when no unit exists yet (a fresh database, to be seeded).
    public func isEmpty() async throws -> Bool { try await UnitRecord.query(on: database).count() == 0 }
}
