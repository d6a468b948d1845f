import FluentKit

/// One SQLite write transaction of this process at a time, waited for without a thread.
///
/// SQLite has one writer. SQLiteNIO runs every statement on the shared blocking thread pool
/// (as many threads as cores) and its busy handler retries at once, so a writer that waits for
/// the write lock holds a pool thread while it waits. With two cores, two such waiters took both
/// threads and the writer holding the lock could not run its next statement: every save stopped
/// until the pool's connection timeout answered 500. Writers of this process queue here instead,
/// as suspended tasks, and only the one holding the gate asks SQLite for the lock.
actor SQLiteWriteGate {
    static let shared = SQLiteWriteGate()

    /// The connection of the write transaction this task is inside, if any (set while its body runs).
    @TaskLocal static var connection: (any Database)?

    private var busy = false
    private var waiting: [CheckedContinuation<Void, Never>] = []

    private func enter() async {
        if !busy {
            busy = true
            return
        }
        await withCheckedContinuation { waiting.append($0) }
    }

    private func leave() {
        if waiting.isEmpty { busy = false } else { waiting.removeFirst().resume() }
    }

    /// Runs `body` holding the gate, released however `body` ends.
    nonisolated func run<T: Sendable>(_ body: @Sendable () async throws -> T) async throws -> T {
        await enter()
        do {
            let result = try await body()
            await leave()
            return result
        } catch {
            await leave()
            throw error
        }
    }
}
