import Foundation
import JixiaoStore
import Testing
import Vapor
import VaporTesting

@testable import JixiaoWeb

@Suite("A password change ends the other sessions and revokes the tokens", .timeLimit(.minutes(10)))
struct PasswordChangeSessionTests {
    /// True when `browser` still gets the signed-in list page.
    static func signedIn(_ browser: inout Browser) async throws -> Bool {
        try await browser.get("/evaluations").status == .ok
    }

    /// The status of an API call with `token`.
    static func apiStatus(_ app: Application, _ token: String) async throws -> HTTPStatus {
        var client = Browser(app: app)
        client.bearer = token
        return try await client.get("/api/v1/evaluations").status
    }

    @Test(
        "own change: the changer's session stays, the user's other sessions and tokens stop working",
        arguments: TestDatabase.all)
    func ownChange(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given: the reviewer signed in twice, with a token
            var here = try await Browser.signedIn(app, as: "reviewer")
            var elsewhere = try await Browser.signedIn(app, as: "reviewer")
            var other = try await Browser.signedIn(app, as: "filer")
            let token = try await Fixtures.token(app, for: "reviewer")
            let otherToken = try await Fixtures.token(app, for: "filer")
            #expect(try await Self.apiStatus(app, token) == .ok)
            // when
            let changed = try await here.post(
                "/account/password",
                form: [
                    "current": DemoData.password,
                    "new": "new-password-1", "confirm": "new-password-1",
                ])
            // then
            #expect(changed.body.string.contains(AccountText.passwordChanged))
            #expect(try await Self.signedIn(&here))
            #expect(try await !Self.signedIn(&elsewhere))
            #expect(try await Self.apiStatus(app, token) == .unauthorized)
            #expect(try await Self.signedIn(&other))
            #expect(try await Self.apiStatus(app, otherToken) == .ok)
        }
    }

    @Test(
        "a reset by the administrator ends every session and token of the user, not the administrator's",
        arguments: TestDatabase.all)
    func adminReset(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given
            var admin = try await Browser.signedIn(app, as: "admin")
            var filer = try await Browser.signedIn(app, as: "filer")
            let token = try await Fixtures.token(app, for: "filer")
            let filerID = try await AdminFixtures.userID(app, "filer")
            // when
            let reset = try await admin.post("/admin/users/\(filerID)/password", form: ["password": "reset-password-1"])
            // then
            #expect(reset.status == .seeOther)
            #expect(try await !Self.signedIn(&filer))
            #expect(try await Self.apiStatus(app, token) == .unauthorized)
            #expect(try await Self.signedIn(&admin))
        }
    }
}
