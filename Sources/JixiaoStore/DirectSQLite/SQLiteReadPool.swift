import Foundation
import Synchronization

/// Read connections to one SQLite file, lent to one caller at a time and kept for reuse,
/// so the hot reads (sessions, tokens, lists) run on the caller's thread with prepared statements.
public final class SQLiteReadPool: Sendable {
    /// The SQLite file read.
    public let path: String
    /// The file's one direct write connection of this process (the save's).
    public let writer: SQLiteWriter
    // Connections are not Sendable; the mutex hands each to one thread at a time.
    private let idle = Mutex<[UnsafeSendable]>([])
    private static let idleLimit = 8

    public init(path: String) {
        self.path = path
        writer = SQLiteWriter(path: path)
    }

    /// Runs `body` with a connection, opening one when none is idle.
    func withConnection<T>(_ body: (SQLiteReadConnection) throws -> T) throws -> T {
        let connection = try idle.withLock { $0.popLast() }?.connection ?? SQLiteReadConnection(path: path)
        defer {
            idle.withLock { if $0.count < Self.idleLimit { $0.append(UnsafeSendable(connection: connection)) } }
        }
        return try body(connection)
    }

    private struct UnsafeSendable: @unchecked Sendable { let connection: SQLiteReadConnection }
}
