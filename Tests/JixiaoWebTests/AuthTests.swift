import JixiaoStore
import Testing
import Vapor
import VaporTesting

@testable import JixiaoWeb

@Suite("Accounts and sessions", .timeLimit(.minutes(10)))
struct AuthTests {
    @Test("login sets an HttpOnly SameSite cookie and logout ends the session", arguments: TestDatabase.all)
    func loginLogout(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given
            var browser = Browser(app: app)
            let loginPage = try await browser.get("/login")
            let cookie = loginPage.headers.setCookie?["jixiao-session"]
            #expect(cookie?.isHTTPOnly == true)
            #expect(cookie?.sameSite == .lax)
            // when
            let login = try await browser.post("/login", form: ["username": "filer", "password": DemoData.password])
            let list = try await browser.get("/evaluations")
            _ = try await browser.post("/logout", form: [:])
            let afterLogout = try await browser.get("/evaluations")
            // then
            #expect(login.status == .seeOther)
            let signedIn = login.headers.setCookie?["jixiao-session"]?.string
            #expect(signedIn != nil && signedIn != cookie?.string)  // a new id at login
            #expect(list.status == .ok)
            #expect(list.body.string.contains("五华县政务服务数据管理局"))
            #expect(afterLogout.status == .seeOther)
            #expect(afterLogout.headers.first(name: .location) == "/login")
        }
    }

    @Test("a form without the CSRF token is refused", arguments: [TestDatabase.sqlite])
    func csrf(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given
            var browser = try await Browser.signedIn(app, as: "filer")
            let id = try await Fixtures.evaluationID(app)
            // when
            let response = try await browser.post("/evaluations/\(id)", form: ["_csrf": "forged", "version": "1"])
            // then
            #expect(response.status == .forbidden)
            #expect(response.body.string.contains(WebText.csrfFailed))
        }
    }

    @Test("five failed logins make the name wait on this client, even with the right password", arguments: TestDatabase.all)
    func throttling(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given
            var browser = Browser(app: app)
            _ = try await browser.get("/login")
            for _ in 0..<SessionController.throttle.freeFailures {
                let wrong = try await browser.post("/login", form: ["username": "approver", "password": "wrong"])
                #expect(wrong.body.string.contains(WebText.loginFailed))
            }
            // when
            let right = try await browser.post("/login", form: ["username": "approver", "password": DemoData.password])
            // then
            #expect(right.status == .tooManyRequests)
            // the first wait is 30 s from the last failure, less by the time the test took
            let wait = try #require(right.headers.first(name: .retryAfter).flatMap { Int($0) })
            #expect((1...30).contains(wait))
            #expect(right.body.string.contains(AccountText.loginThrottled(seconds: wait)))
        }
    }

    @Test("password change: checks the old one, then the new one works", arguments: [TestDatabase.sqlite])
    func passwordChange(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given
            var browser = try await Browser.signedIn(app, as: "reviewer")
            // when
            let wrong = try await browser.post(
                "/account/password", form: ["current": "nope", "new": "new-password-1", "confirm": "new-password-1"])
            let ok = try await browser.post(
                "/account/password", form: ["current": DemoData.password, "new": "new-password-1", "confirm": "new-password-1"])
            var fresh = Browser(app: app)
            _ = try await fresh.get("/login")
            let login = try await fresh.post("/login", form: ["username": "reviewer", "password": "new-password-1"])
            // then
            #expect(wrong.body.string.contains(WebText.passwordWrong))
            #expect(ok.body.string.contains(WebText.passwordChanged))
            #expect(login.status == .seeOther)
        }
    }

    @Test("a user of another unit gets 404 for an evaluation it may not see", arguments: TestDatabase.all)
    func scope(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given
            let id = try await Fixtures.evaluationID(app, unit: Fixtures.filerUnit)
            var other = try await Browser.signedIn(app, as: "filer-xinfeng")
            var api = Browser(app: app)
            api.bearer = try await Fixtures.token(app, for: "filer-xinfeng")
            // when
            let page = try await other.get("/evaluations/\(id)")
            let json = try await api.get("/api/v1/evaluations/\(id)")
            let list = try await other.get("/evaluations")
            // then
            #expect(page.status == .notFound)
            #expect(json.status == .notFound)
            #expect(!list.body.string.contains("五华县政务服务数据管理局"))
        }
    }
}
