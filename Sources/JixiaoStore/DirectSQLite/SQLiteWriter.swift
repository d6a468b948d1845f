import NIOPosix
import Synchronization

/// This process's one direct write connection to a SQLite file, for the save
/// (`FluentEvaluationRepository.update`): its whole transaction runs in one hop to a thread, with
/// its statements kept prepared. Through SQLiteNIO each statement hops to the thread pool and back
/// while the transaction holds the write lock (on two busy cores the waits between statements were
/// most of a save's time under load), and each is prepared again (an UPDATE with its triggers).
/// Transactions take `SQLiteWriteGate`, as Fluent's do: one writer of this process at a time;
/// another process's lock is waited for on the thread (busy timeout).
public final class SQLiteWriter: Sendable {
    let path: String
    // The connection is not Sendable; the mutex hands it to one thread at a time.
    private let connection = Mutex<UnsafeSendable?>(nil)

    init(path: String) { self.path = path }

    /// Runs `body` in a write transaction (`BEGIN IMMEDIATE` … `COMMIT`, rolled back when it throws).
    func transaction<T: Sendable>(_ body: @escaping @Sendable (SQLiteReadConnection) throws -> T) async throws -> T {
        try await SQLiteWriteGate.shared.run {
            try await NIOThreadPool.singleton.runIfActive { [self] in
                try connection.withLock { box in
                    let opened = try box?.connection ?? SQLiteReadConnection(path: path, writable: true)
                    box = UnsafeSendable(connection: opened)
                    try opened.execute("BEGIN IMMEDIATE TRANSACTION")
                    do {
                        let result = try body(opened)
                        try opened.execute("COMMIT TRANSACTION")
                        return result
                    } catch {
                        try? opened.execute("ROLLBACK TRANSACTION")
                        throw error
                    }
                }
            }
        }
    }

    private struct UnsafeSendable: @unchecked Sendable { let connection: SQLiteReadConnection }
}
