import FluentKit
import FluentSQL
import Foundation
import JixiaoCore

/// The `sessions` table in plain SQL: the session read is on every page request, so it
/// is one indexed query joined with `users`, without Fluent's model decoding.
public struct FluentSessionRepository: SessionRepository {
    public static let table = "sessions"
    let database: any Database
    /// Where `read` runs (a `DirectSQLiteDatabase` on SQLite); `database` when nil.
    let reader: (any SQLDatabase)?

    public init(database: any Database, reader: (any SQLDatabase)? = nil) {
        self.database = database
        self.reader = reader
    }

    private var sql: any SQLDatabase {
        get throws {
            guard let sql = database as? any SQLDatabase else { throw RepositoryError.notFound(id: "SQL database") }
            return sql
        }
    }

    /// The session `key` with its user, or nil when there is none. A future rather than
    /// `async`: with the direct SQLite reader it is complete on return, so the session
    /// middleware starts no task on the hot path.
    public func read(key: String) -> EventLoopFuture<StoredSession?> {
        let query: SQLQueryString = """
            SELECT s.data, s.created_at, s.seen_at, \(unsafeRaw: UserAccount.joinedColumns), \
            (SELECT COUNT(*) FROM notifications n WHERE n.user_id = s.user_id AND n.read_at IS NULL) AS unread \
            FROM sessions s LEFT JOIN users u ON u.id = s.user_id WHERE s.key = \(bind: key)
            """
        let source: any SQLDatabase
        do { source = try reader ?? sql } catch { return database.eventLoop.makeFailedFuture(error) }
        return source.raw(query).first().flatMapThrowing { row in
            guard let row else { return nil }
            let data = try Self.decode(row.decode(column: "data", as: String.self))
            return StoredSession(
                data: data, user: try UserAccount(row: row),
                createdAt: try row.decode(column: "created_at", as: Date.self),
                seenAt: try row.decode(column: "seen_at", as: Date.self),
                unread: try row.decode(column: "unread", as: Int.self))
        }
    }

    public func read(key: String, then done: @escaping @Sendable (Result<StoredSession?, any Error>) -> Void) {
        read(key: key).whenComplete(done)
    }

    public func create(key: String, data: [String: String], userID: UUID?, at date: Date = Date()) async throws {
        try await sql.insert(into: Self.table)
            .columns("key", "user_id", "data", "created_at", "seen_at")
            .values(SQLBind(key), SQLBind(userID), SQLBind(try Self.encode(data)), SQLBind(date), SQLBind(date))
            .run()
    }

    public func update(key: String, data: [String: String], userID: UUID?) async throws {
        try await sql.update(Self.table).set("data", to: try Self.encode(data)).set("user_id", to: userID)
            .where("key", .equal, key).run()
    }

    /// Records that the session was used at `date` (for the idle limit).
    public func touch(key: String, at date: Date = Date()) async throws {
        try await sql.update(Self.table).set("seen_at", to: date).where("key", .equal, key).run()
    }

    public func delete(key: String) async throws {
        try await sql.delete(from: Self.table).where("key", .equal, key).run()
    }

    /// Deletes every session of user `id`, but the one with key `kept` (the changer's own).
    public func delete(userID id: UUID, except kept: String? = nil) async throws {
        var delete = try sql.delete(from: Self.table).where("user_id", .equal, id)
        if let kept { delete = delete.where("key", .notEqual, kept) }
        try await delete.run()
    }

    /// Deletes every session created before `createdBefore` or last used before `seenBefore`.
    public func deleteExpired(createdBefore: Date, seenBefore: Date) async throws {
        try await sql.delete(from: Self.table)
            .where("created_at", .lessThan, createdBefore).orWhere("seen_at", .lessThan, seenBefore).run()
    }

    static func encode(_ data: [String: String]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return String(decoding: try encoder.encode(data), as: UTF8.self)
    }

    /// The session data `encode` wrote. A map without a backslash (no escaped character, the
    /// usual case: a CSRF token and a user id) is read directly; anything else by `JSONDecoder`,
    /// which cost more than the rest of the session read.
    static func decode(_ text: String) throws -> [String: String] {
        if let map = SessionDataText.plainMap(text) { return map }
        return try JSONDecoder().decode([String: String].self, from: Data(text.utf8))
    }
}
