import NIOConcurrencyHelpers
import Vapor

/// The requests in flight, so that shutdown waits for them before the databases close. Fluent's
/// `Request.db` unwraps the database and traps once the databases are shut down, and a handler can
/// outlive the HTTP server's close (its client gone, or past the server's 10 s): a dashboard read
/// in flight when the process was stopped crashed it. Once stopping, new requests get a 503
/// (`RequestDrainMiddleware`) and `Lifecycle` waits for those in flight, at most `grace`.
final class RequestDrain: Sendable {
    private struct State {
        var inFlight = 0
        var stopping = false
        /// Past the grace: a shutdown waits no longer, even for a waiter that arrives late.
        var gaveUp = false
        var waiters: [CheckedContinuation<Void, Never>] = []
    }

    private let state = NIOLockedValueBox(State())
    /// How long shutdown waits for the requests in flight before the databases close anyway.
    let grace: Duration

    init(grace: Duration = .seconds(30)) { self.grace = grace }

    /// Counts a request in; false once stopping (the request is refused).
    func enter() -> Bool {
        state.withLockedValue { state in
            guard !state.stopping else { return false }
            state.inFlight += 1
            return true
        }
    }

    /// Counts a request out; the last one out wakes a waiting shutdown.
    func leave() {
        let waiters = state.withLockedValue { state -> [CheckedContinuation<Void, Never>] in
            state.inFlight -= 1
            guard state.inFlight == 0 else { return [] }
            defer { state.waiters = [] }
            return state.waiters
        }
        for waiter in waiters { waiter.resume() }
    }

    var inFlight: Int { state.withLockedValue { $0.inFlight } }
    var isStopping: Bool { state.withLockedValue { $0.stopping } }

    /// Refuses every request from now on.
    func beginStopping() { state.withLockedValue { $0.stopping = true } }

    /// Returns when no request is in flight or `grace` has passed: how many are still in flight.
    func waitForInFlight() async -> Int {
        await withTaskGroup(of: Void.self) { group in
            group.addTask { await self.drained() }
            group.addTask { [grace] in try? await Task.sleep(for: grace) }
            await group.next()
            group.cancelAll()
            // Past the grace the drained() task still waits on its continuation (or is about to): let it go.
            let waiters = state.withLockedValue { state in
                defer { state.waiters = [] }
                state.gaveUp = true
                return state.waiters
            }
            for waiter in waiters { waiter.resume() }
        }
        return inFlight
    }

    private func drained() async {
        await withCheckedContinuation { (waiter: CheckedContinuation<Void, Never>) in
            let idle = state.withLockedValue { state in
                if state.inFlight == 0 || state.gaveUp { return true }
                state.waiters.append(waiter)
                return false
            }
            if idle { waiter.resume() }
        }
    }

    /// Registered after the databases (`configure`), so it runs before their shutdown.
    struct Lifecycle: LifecycleHandler {
        let drain: RequestDrain

        func shutdownAsync(_ app: Application) async {
            drain.beginStopping()
            let left = await drain.waitForInFlight()
            if left > 0 { app.logger.warning("停止服务：仍有 \(left) 个请求未完成，数据库连接将被关闭") }
        }
    }

    struct Key: StorageKey {
        typealias Value = RequestDrain
    }
}

extension Application {
    /// The app's `RequestDrain` (set by `configure`).
    var requestDrain: RequestDrain? { storage[RequestDrain.Key.self] }
}
