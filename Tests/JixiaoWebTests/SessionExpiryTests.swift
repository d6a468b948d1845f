import FluentSQL
import Foundation
import JixiaoStore
import Testing
import Vapor
import VaporTesting

@testable import JixiaoWeb

@Suite("Session expiry", .timeLimit(.minutes(10)))
struct SessionExpiryTests {
    /// Moves every session's `column` back by `seconds`.
    static func age(_ app: Application, _ column: String, by seconds: TimeInterval) async throws {
        guard let sql = app.db as? any SQLDatabase else { throw Abort(.internalServerError) }
        try await sql.update(FluentSessionRepository.table).set(column, to: Date().addingTimeInterval(-seconds)).run()
    }

    static func sessionCount(_ app: Application) async throws -> Int {
        guard let sql = app.db as? any SQLDatabase else { throw Abort(.internalServerError) }
        let row = try await sql.raw("SELECT COUNT(*) AS n FROM sessions").first()
        return try row?.decode(column: "n", as: Int.self) ?? -1
    }

    static func seenAt(_ app: Application) async throws -> Date? {
        guard let sql = app.db as? any SQLDatabase else { throw Abort(.internalServerError) }
        return try await sql.raw("SELECT seen_at FROM sessions").first()?.decode(column: "seen_at", as: Date.self)
    }

    @Test("a session past the absolute limit is refused and deleted", arguments: TestDatabase.all)
    func absolute(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given
            var browser = try await Browser.signedIn(app, as: "filer")
            let before = try await browser.get("/evaluations")
            try await Self.age(app, "created_at", by: StoredSessions.absoluteLimit + 60)
            // when
            let after = try await browser.get("/evaluations")
            // then
            #expect(before.status == .ok)
            #expect(after.status == .seeOther)
            #expect(after.headers.first(name: .location) == "/login")
            #expect(try await Self.sessionCount(app) == 0)
        }
    }

    @Test("an idle session is refused; use within the limit keeps it", arguments: TestDatabase.all)
    func idle(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given
            var browser = try await Browser.signedIn(app, as: "filer")
            try await Self.age(app, "seen_at", by: StoredSessions.idleLimit - 60)
            // when: used just inside the limit, which refreshes seen_at…
            let used = try await browser.get("/evaluations")
            let seen = try await Self.seenAt(app)
            // …then left idle past it
            try await Self.age(app, "seen_at", by: StoredSessions.idleLimit + 60)
            let idle = try await browser.get("/evaluations")
            // then
            #expect(used.status == .ok)
            #expect(seen.map { Date().timeIntervalSince($0) < 60 } == true)
            #expect(idle.status == .seeOther)
            #expect(try await Self.sessionCount(app) == 0)
        }
    }

    @Test("a new session deletes the expired sessions of others", arguments: [TestDatabase.sqlite])
    func cleanup(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given
            _ = try await Browser.signedIn(app, as: "filer")
            _ = try await Browser.signedIn(app, as: "approver")
            try await Self.age(app, "seen_at", by: StoredSessions.idleLimit + 60)
            // when
            _ = try await Browser.signedIn(app, as: "reviewer")
            // then: only the reviewer's session is left
            #expect(try await Self.sessionCount(app) == 1)
        }
    }
}
