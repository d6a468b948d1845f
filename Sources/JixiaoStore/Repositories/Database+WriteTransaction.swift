import FluentKit
import FluentSQL

extension Database {
    /// A transaction that will write: on SQLite it takes the write lock at its start
    /// (`BEGIN IMMEDIATE`), one transaction of this process at a time (`SQLiteWriteGate`),
    /// elsewhere it is Fluent's transaction.
    ///
    /// SQLite's default (deferred) transaction reads first and asks for the write lock at
    /// its first write; when another writer committed in between, the snapshot it read is
    /// stale and SQLite answers "database is locked" (SQLITE_BUSY / BUSY_SNAPSHOT) at once,
    /// without the busy handler. Taking the lock up front makes the second writer wait in the
    /// busy handler instead, then read the committed row, so a stale version is a clean
    /// version conflict, never a 500.
    ///
    /// A write transaction inside one (a batch of saves that each open their own) joins the
    /// outer one on its connection: all or nothing, and it never waits for the gate it holds.
    public func writeTransaction<T: Sendable>(_ body: @escaping @Sendable (any Database) async throws -> T) async throws -> T {
        if let outer = SQLiteWriteGate.connection { return try await body(outer) }
        guard !inTransaction, let sql = self as? any SQLDatabase, sql.dialect.name == "sqlite" else {
            return try await transaction(body)
        }
        return try await SQLiteWriteGate.shared.run {
            try await withConnection { connection in
                guard let sql = connection as? any SQLDatabase else { return try await connection.transaction(body) }
                try await sql.raw("BEGIN IMMEDIATE TRANSACTION").run()
                do {
                    let result = try await SQLiteWriteGate.$connection.withValue(connection) { try await body(connection) }
                    try await sql.raw("COMMIT TRANSACTION").run()
                    return result
                } catch {
                    try? await sql.raw("ROLLBACK TRANSACTION").run()
                    throw error
                }
            }
        }
    }
}
