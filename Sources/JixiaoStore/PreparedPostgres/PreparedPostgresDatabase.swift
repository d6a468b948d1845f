import Logging
import NIOConcurrencyHelpers
import NIOCore
import PostgresKit
import SQLKit

/// An `SQLDatabase` for the hot reads on PostgreSQL that runs each query as a named prepared
/// statement of its connection (`PostgresStatementCache`): PostgresKit sends every query as an
/// unnamed statement, which PostgreSQL parses and plans again on every run (more server time than
/// these queries' own work). SQLKit queries written for Fluent's database run unchanged; a query
/// whose values are not all plain PostgreSQL values, or that PostgreSQL refuses prepared, runs
/// through `database` as before. Only for reads outside transactions, like `DirectSQLiteDatabase`.
public struct PreparedPostgresDatabase: SQLDatabase {
    let database: any PostgresDatabase & SQLDatabase
    let cache: PostgresStatementCache
    public var eventLoop: any EventLoop { database.eventLoop }
    public var logger: Logger { database.logger }
    public var dialect: any SQLDialect { database.dialect }
    public var queryLogLevel: Logger.Level? { nil }

    /// Nil when `database` is not a PostgreSQL database.
    public init?(database: any SQLDatabase, cache: PostgresStatementCache) {
        guard let postgres = database as? any PostgresDatabase & SQLDatabase else { return nil }
        self.database = postgres
        self.cache = cache
    }

    public func execute(sql query: any SQLExpression, _ onRow: @escaping @Sendable (any SQLRow) -> Void) -> EventLoopFuture<Void> {
        let (sql, binds) = serialize(query)
        guard let values = Self.values(binds) else { return database.execute(sql: query, onRow) }
        let delivered = NIOLockedValueBox(false)
        let rowHandler: @Sendable (PostgresRow) -> Void = { row in
            delivered.withLockedValue { $0 = true }
            onRow(PreparedPostgresRow(row: row.makeRandomAccess()))
        }
        return database.withConnection { connection in
            run(sql, values, on: connection, rowHandler).flatMapError { error in
                // Before any row, a refused or failed statement runs again as PostgresKit runs it
                // (on a new connection if this one closed); after a row the error stands.
                guard !(error is Fallback), !delivered.withLockedValue({ $0 }) else {
                    return connection.eventLoop.makeFailedFuture(error)
                }
                if Self.isRefusal(error) { cache.refuse(sql, on: connection) } else { cache.forget(sql, on: connection) }
                return connection.eventLoop.makeFailedFuture(Fallback())
            }
        }.flatMapError { error in
            error is Fallback ? database.execute(sql: query, onRow) : eventLoop.makeFailedFuture(error)
        }
    }

    public func withSession<R>(_ closure: @escaping @Sendable (any SQLDatabase) async throws -> R) async throws -> R {
        try await closure(self)
    }

    /// Marks a query to run again through `database`.
    private struct Fallback: Error {}

    private func run(
        _ sql: String, _ values: [PostgresData], on connection: PostgresConnection,
        _ onRow: @escaping @Sendable (PostgresRow) -> Void
    ) -> EventLoopFuture<Void> {
        if let prepared = cache.statement(sql, on: connection) { return prepared.execute(values, onRow) }
        guard cache.mayPrepare(sql, on: connection) else { return connection.eventLoop.makeFailedFuture(Fallback()) }
        return connection.prepare(query: sql).flatMap { prepared in
            cache.store(prepared, for: sql, on: connection)
            return prepared.execute(values, onRow)
        }
    }

    /// The binds as PostgreSQL values in binary form (an optional plain value's `nil` as NULL); nil
    /// when one is not a plain value (an array, JSON), which PostgresKit encodes its own way.
    static func values(_ binds: [any Encodable & Sendable]) -> [PostgresData]? {
        var values: [PostgresData] = []
        values.reserveCapacity(binds.count)
        for bind in binds {
            if let optional = bind as? any OptionalPostgresValue {
                values.append(optional.postgresData)
                continue
            }
            guard let value = bind as? any PostgresNonThrowingEncodable else { return nil }
            values.append(data(value))
        }
        return values
    }

    fileprivate static func data<Value: PostgresNonThrowingEncodable>(_ value: Value) -> PostgresData {
        var buffer = ByteBuffer()
        value.encode(into: &buffer, context: .default)
        return PostgresData(type: Value.psqlType, formatCode: Value.psqlFormat, value: buffer)
    }

    /// A server error that running the text prepared will always give (a value's type, the text
    /// itself, the protocol), as opposed to one of this connection or this moment.
    static func isRefusal(_ error: any Error) -> Bool {
        guard case .server(let message) = error as? PostgresError, let state = message.fields[.sqlState] else {
            return false
        }
        return ["22", "42", "08", "0A"].contains(String(state.prefix(2)))
    }
}

/// An optional plain value bound by SQLKit (`.set("total", to: record.total)`): NULL when nil.
/// The statement's text fixes the parameter's type, so a NULL of any type fits it.
private protocol OptionalPostgresValue {
    var postgresData: PostgresData { get }
}

extension Optional: OptionalPostgresValue where Wrapped: PostgresNonThrowingEncodable {
    fileprivate var postgresData: PostgresData {
        switch self {
        case .some(let value): PreparedPostgresDatabase.data(value)
        case .none: PostgresData(type: Wrapped.psqlType, formatCode: .binary, value: nil)
        }
    }
}
