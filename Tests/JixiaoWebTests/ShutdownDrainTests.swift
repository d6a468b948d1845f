import Foundation
import JixiaoCore
import JixiaoStore
import NIOConcurrencyHelpers
import Testing
import Vapor
import VaporTesting

@testable import JixiaoWeb

@Suite("Shutdown with requests in flight: they finish on the database, new ones get a 503", .timeLimit(.minutes(10)))
struct ShutdownDrainTests {
    @Test(
        "a request held in its handler still reads the database after stopping began; one arriving then is a 503",
        arguments: TestDatabase.all)
    func heldRequestFinishes(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given: a request held in its handler, which reads through `req.db` once let go
            let drain = try #require(app.requestDrain)
            let (held, letGo) = try await Self.holdRequest(app)
            // when: stopping begins with the request in flight
            drain.beginStopping()
            let waiting = Task { await drain.waitForInFlight() }
            let refused = try await app.testing().sendRequest(.GET, "/login")
            letGo.yield()
            let finished = try await held.value
            // then
            #expect(refused.status == .serviceUnavailable && refused.body.string == RequestDrainMiddleware.message)
            #expect(finished.status == .ok && finished.body.string.hasPrefix("years "))
            #expect(await waiting.value == 0)
        }
    }

    @Test("the app's own shutdown waits for the request in flight before closing the database (SQLite file)")
    func shutdownWaits() async throws {
        // given: an app of its own (this test shuts it down), a request held in its handler
        let app = try await Application.make(Environment(name: "testing", arguments: ["jixiao-tests"]))
        app.logger.logLevel = .warning
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("jixiao-test-\(UUID().uuidString).sqlite").path
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        try await configure(app, settings: AppSettings(database: .sqlite(path: path), bcryptCost: 4))
        let drain = try #require(app.requestDrain)
        let (held, letGo) = try await Self.holdRequest(app)
        // when: the app shuts down (the drain runs first: the databases are still open for the handler)
        let done = NIOLockedValueBox(false)
        let shutdown = Task {
            try await app.asyncShutdown()
            done.withLockedValue { $0 = true }
        }
        // Without the drain, shutdown closes the databases and returns; the handler let go then traps.
        while !drain.isStopping && !done.withLockedValue({ $0 }) { await Task.yield() }
        letGo.yield()
        let finished = try await held.value
        try await shutdown.value
        // then: the handler read the database (before, `req.db` trapped once the databases were closed)
        #expect(finished.status == .ok && finished.body.string.hasPrefix("years "))
        #expect(drain.inFlight == 0)
    }

    @Test("past the grace, shutdown stops waiting: with a request that never leaves, the wait returns and counts it")
    func graceEnds() async {
        // given: a grace of zero, so it may end before the wait has even registered (it must not hang then)
        let drain = RequestDrain(grace: .zero)
        #expect(drain.enter())
        // when
        drain.beginStopping()
        let left = await drain.waitForInFlight()
        // then
        #expect(left == 1)
        #expect(!drain.enter())
    }

    /// Sends a request to a route that waits in its handler until `letGo` yields, then reads the
    /// database through `req.db`; returns once the handler is running.
    static func holdRequest(
        _ app: Application
    ) async throws -> (response: Task<TestingHTTPResponse, any Error>, letGo: AsyncStream<Void>.Continuation) {
        let (entered, enter) = AsyncStream<Void>.makeStream()
        let (release, letGo) = AsyncStream<Void>.makeStream()
        app.get("test-held") { req async throws -> String in
            enter.yield()
            for await _ in release { break }
            return "years \(try await req.fiscalYears.all().count)"
        }
        let held = Task { try await app.testing().sendRequest(.GET, "/test-held") }
        for await _ in entered { break }
        return (held, letGo)
    }
}
