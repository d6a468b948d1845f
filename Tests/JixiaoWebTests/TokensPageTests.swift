import FluentSQL
import Foundation
import JixiaoCore
import JixiaoStore
import Testing
import Vapor
import VaporTesting

@testable import JixiaoWeb

@Suite("API tokens page: list, last use, revoke", .timeLimit(.minutes(10)))
struct TokensPageTests {
    /// The ids of `username`'s tokens, oldest first, with their last use.
    static func tokens(_ app: Application, of username: String) async throws -> [ApiToken] {
        let accounts = FluentAccountRepository(database: app.db)
        guard let id = try await accounts.user(username: username)?.id else { throw Abort(.notFound) }
        return try await accounts.tokens(userID: id)
    }

    static func useToken(_ app: Application, _ token: String) async throws -> HTTPStatus {
        var client = Browser(app: app)
        client.bearer = token
        return try await client.get("/api/v1/units").status
    }

    @Test(
        "a new token is listed with its name; after use its last use shows; revoking it ends it",
        arguments: TestDatabase.all)
    func listUseRevoke(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given
            var filer = try await Browser.signedIn(app, as: "filer")
            let created = try await filer.post("/account/tokens", form: ["name": "报表系统"])
            let token = try #require(created.body.string.firstMatch(of: /jx_[0-9a-f]+/).map { String($0.output) })
            let unused = try await filer.get("/account/tokens")
            // when
            let used = try await Self.useToken(app, token)
            let listed = try await filer.get("/account/tokens")
            let id = try #require(try await Self.tokens(app, of: "filer").first?.id.uuidString)
            let revoked = try await filer.post("/account/tokens/\(id)/revoke", form: [:])
            // then
            #expect(unused.body.string.contains("报表系统"))
            #expect(unused.body.string.contains(AccountText.neverUsed))
            #expect(used == .ok)
            #expect(!listed.body.string.contains(AccountText.neverUsed))
            #expect(revoked.status == .ok)
            #expect(revoked.body.string.contains(AccountText.tokenRevoked))
            #expect(!revoked.body.string.contains("报表系统"))
            #expect(try await Self.useToken(app, token) == .unauthorized)
        }
    }

    @Test(
        "another user's token cannot be revoked from the tokens page; the administrator can from the user page",
        arguments: [TestDatabase.sqlite])
    func onlyOwn(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given
            let token = try await Fixtures.token(app, for: "filer")
            let id = try #require(try await Self.tokens(app, of: "filer").first?.id.uuidString)
            var reviewer = try await Browser.signedIn(app, as: "reviewer")
            var admin = try await Browser.signedIn(app, as: "admin")
            let filerID = try await AdminFixtures.userID(app, "filer")
            // when
            let foreign = try await reviewer.post("/account/tokens/\(id)/revoke", form: [:])
            let stillWorks = try await Self.useToken(app, token)
            let userPage = try await admin.get("/admin/users/\(filerID)")
            let byAdmin = try await admin.post("/admin/users/\(filerID)/tokens/revoke", form: ["token": id])
            // then
            #expect(foreign.status == .notFound)
            #expect(stillWorks == .ok)
            #expect(userPage.body.string.contains("value=\"\(id)\""))
            #expect(byAdmin.status == .seeOther)
            #expect(try await Self.useToken(app, token) == .unauthorized)
        }
    }

    @Test("last use is written at most every few minutes", arguments: TestDatabase.all)
    func touchInterval(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given: a token last used a minute ago
            let token = try await Fixtures.token(app, for: "filer")
            guard let sql = app.db as? any SQLDatabase else { throw Abort(.internalServerError) }
            let recent = Date().addingTimeInterval(-60)
            try await sql.update(ApiTokenRecord.schema).set("last_used_at", to: recent).run()
            // when: used within the interval…
            _ = try await Self.useToken(app, token)
            let afterRecent = try await Self.tokens(app, of: "filer").first?.lastUsedAt
            // …and after it
            try await sql.update(ApiTokenRecord.schema)
                .set("last_used_at", to: Date().addingTimeInterval(-FluentAccountRepository.tokenTouchInterval - 60)).run()
            _ = try await Self.useToken(app, token)
            let afterStale = try #require(try await Self.tokens(app, of: "filer").first?.lastUsedAt)
            // then
            #expect(afterRecent.map { abs($0.timeIntervalSince(recent)) < 1 } == true)
            #expect(Date().timeIntervalSince(afterStale) < 60)
        }
    }
}
