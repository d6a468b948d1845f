import Logging
import NIOCore
import SQLKit
import SQLiteKit

/// An `SQLDatabase` for reads that runs each query at once on the caller's thread through a
/// `SQLiteReadPool`, so SQLKit queries written for Fluent's database run unchanged.
/// Only for reads outside transactions: it sees what is committed.
public struct DirectSQLiteDatabase: SQLDatabase {
    let pool: SQLiteReadPool
    public let eventLoop: any EventLoop
    public let logger: Logger
    public var dialect: any SQLDialect { SQLiteDialect() }
    public var queryLogLevel: Logger.Level? { nil }

    public init(pool: SQLiteReadPool, eventLoop: any EventLoop, logger: Logger) {
        self.pool = pool
        self.eventLoop = eventLoop
        self.logger = logger
    }

    public func execute(sql query: any SQLExpression, _ onRow: @escaping @Sendable (any SQLRow) -> Void) -> EventLoopFuture<Void> {
        do {
            try run(query, onRow)
            return eventLoop.makeSucceededVoidFuture()
        } catch {
            return eventLoop.makeFailedFuture(error)
        }
    }

    public func execute(sql query: any SQLExpression, _ onRow: @escaping @Sendable (any SQLRow) -> Void) async throws {
        try run(query, onRow)
    }

    public func withSession<R>(_ closure: @escaping @Sendable (any SQLDatabase) async throws -> R) async throws -> R {
        try await closure(self)
    }

    private func run(_ query: any SQLExpression, _ onRow: (any SQLRow) -> Void) throws {
        let (sql, values) = try statement(query)
        try pool.withConnection { try $0.query(sql, binds: values) { onRow($0) } }
    }

    /// `query` as SQLite's text and values (for `SQLiteWriter` too).
    func statement(_ query: any SQLExpression) throws -> (sql: String, binds: [SQLiteData]) {
        let (sql, binds) = serialize(query)
        let encoder = SQLiteDataEncoder()
        return (sql, try binds.map { try encoder.encode($0) })
    }
}
