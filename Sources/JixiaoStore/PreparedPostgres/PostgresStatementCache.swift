import NIOConcurrencyHelpers
import PostgresNIO

/// The named prepared statements of each PostgreSQL connection, by SQL text, for
/// `PreparedPostgresDatabase`. A statement is prepared once per connection (parsed and, after a
/// few runs, planned once); later runs send only its name and values. At most
/// `statementsPerConnection` texts a connection (the rest run unprepared), and a text PostgreSQL
/// refused to run prepared (a value of another type than the one it inferred) is never prepared again.
public final class PostgresStatementCache: Sendable {
    /// How many statements one connection keeps.
    public let statementsPerConnection: Int

    private struct Entry {
        let connection: PostgresConnection
        var statements: [String: PreparedQuery] = [:]
    }

    private struct State {
        var entries: [ObjectIdentifier: Entry] = [:]
        var refused: Set<String> = []
    }

    private let state = NIOLockedValueBox(State())

    public init(statementsPerConnection: Int = 32) {
        self.statementsPerConnection = statementsPerConnection
    }

    /// The statement of `sql` on `connection` if it was prepared there.
    func statement(_ sql: String, on connection: PostgresConnection) -> PreparedQuery? {
        state.withLockedValue { $0.entries[ObjectIdentifier(connection)]?.statements[sql] }
    }

    /// Whether `sql` may be prepared on `connection` (not refused before, room left).
    func mayPrepare(_ sql: String, on connection: PostgresConnection) -> Bool {
        state.withLockedValue { state in
            guard !state.refused.contains(sql) else { return false }
            return (state.entries[ObjectIdentifier(connection)]?.statements.count ?? 0) < statementsPerConnection
        }
    }

    /// Keeps `prepared` as the statement of `sql` on `connection`; entries of closed connections go.
    func store(_ prepared: PreparedQuery, for sql: String, on connection: PostgresConnection) {
        state.withLockedValue { state in
            let key = ObjectIdentifier(connection)
            if state.entries[key] == nil {
                state.entries = state.entries.filter { !$0.value.connection.isClosed }
                state.entries[key] = Entry(connection: connection)
            }
            state.entries[key]?.statements[sql] = prepared
        }
    }

    /// `sql` failed prepared: it runs unprepared from now on, on every connection.
    func refuse(_ sql: String, on connection: PostgresConnection) {
        state.withLockedValue { state in
            state.refused.insert(sql)
            state.entries[ObjectIdentifier(connection)]?.statements[sql] = nil
        }
    }

    /// `sql` failed on `connection` for a reason of that connection or moment: prepared again next time.
    func forget(_ sql: String, on connection: PostgresConnection) {
        state.withLockedValue { $0.entries[ObjectIdentifier(connection)]?.statements[sql] = nil }
    }

    /// How many statements are kept over all open connections (for tests).
    public var preparedCount: Int {
        state.withLockedValue { state in
            state.entries.values.filter { !$0.connection.isClosed }.reduce(0) { $0 + $1.statements.count }
        }
    }
}
