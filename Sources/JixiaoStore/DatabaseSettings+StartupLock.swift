import FluentKit
import FluentSQL

extension DatabaseSettings {
    /// The PostgreSQL advisory lock key held while a server migrates and seeds ("jixi").
    static let startupLockKey: Int64 = 0x6A69_7869

    /// Runs `body` (migrate, seed) holding a database-wide startup lock, so that several
    /// server processes starting together on one PostgreSQL database migrate and seed one
    /// after the other: the second finds the schema and the demo data in place. The lock
    /// is a session-level advisory lock on one pooled connection, released when `body`
    /// ends or fails (and by PostgreSQL if the process dies). SQLite runs `body` directly.
    public func withStartupLock<T: Sendable>(
        on database: any Database,
        _ body: @escaping @Sendable () async throws -> T
    ) async throws -> T {
        guard isPostgres else { return try await body() }
        return try await database.withConnection { connection in
            guard let sql = connection as? any SQLDatabase else { return try await body() }
            try await sql.raw("SELECT pg_advisory_lock(\(bind: Self.startupLockKey))").run()
            do {
                let result = try await body()
                try await sql.raw("SELECT pg_advisory_unlock(\(bind: Self.startupLockKey))").run()
                return result
            } catch {
                try? await sql.raw("SELECT pg_advisory_unlock(\(bind: Self.startupLockKey))").run()
                throw error
            }
        }
    }
}
