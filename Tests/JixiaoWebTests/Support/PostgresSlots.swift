/// At most `limit` PostgreSQL test apps at once: the tests run in parallel, each app opens its
/// own pool, and together they would pass the server's `max_connections` (100 by default).
actor PostgresSlots {
    static let shared = PostgresSlots(limit: 6)

    private let limit: Int
    private var inUse = 0
    private var waiting: [CheckedContinuation<Void, Never>] = []

    init(limit: Int) { self.limit = limit }

    func acquire() async {
        if inUse < limit {
            inUse += 1
            return
        }
        await withCheckedContinuation { waiting.append($0) }
    }

    func release() {
        if waiting.isEmpty { inUse -= 1 } else { waiting.removeFirst().resume() }
    }

    /// Runs `body` holding a slot, released however `body` ends.
    nonisolated func withSlot<T>(_ body: () async throws -> T) async throws -> T {
        await acquire()
        do {
            let result = try await body()
            await release()
            return result
        } catch {
            await release()
            throw error
        }
    }
}
