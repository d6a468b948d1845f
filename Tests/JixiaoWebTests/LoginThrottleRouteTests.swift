import Foundation
import JixiaoCore
import Testing
import Vapor
import VaporTesting

@testable import JixiaoWeb

@Suite("Sign-in: throttled per (user name, client), CSRF token renewed", .timeLimit(.minutes(10)))
struct LoginThrottleRouteTests {
    /// Posts the login form from `browser`'s session, with `X-Forwarded-For: address` when given.
    static func login(
        _ browser: Browser, _ username: String, _ password: String,
        from address: String?
    ) async throws -> TestingHTTPResponse {
        var headers = HTTPHeaders()
        if let cookie = browser.cookie { headers.replaceOrAdd(name: .cookie, value: "jixiao-session=\(cookie)") }
        if let address { headers.replaceOrAdd(name: .xForwardedFor, value: address) }
        headers.contentType = .urlEncodedForm
        let fields = ["username": username, "password": password, "_csrf": browser.csrf ?? ""]
        let body = fields.map { "\(Browser.encode($0.key))=\(Browser.encode($0.value))" }.joined(separator: "&")
        return try await browser.app.testing().sendRequest(.POST, "/login", headers: headers, body: ByteBuffer(string: body))
    }

    /// A browser that opened the login page (so it has a session and a form token).
    static func atLoginPage(_ app: Application) async throws -> Browser {
        var browser = Browser(app: app)
        _ = try await browser.get("/login")
        return browser
    }

    @Test(
        "failures from one address throttle that address only: the admin still signs in from another",
        arguments: TestDatabase.all)
    func perClient(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given: behind a trusted proxy; a stranger at A fails as often as the free tries allow
            app.services.settings.trustForwardedFor = true
            let stranger = try await Self.atLoginPage(app), owner = try await Self.atLoginPage(app)
            var wrong: [HTTPStatus] = []
            for _ in 0..<SessionController.throttle.freeFailures {
                wrong.append(try await Self.login(stranger, "admin", "guess", from: "10.0.0.1, 203.0.113.5").status)
            }
            // when
            let strangerAgain = try await Self.login(stranger, "admin", DemoData.password, from: "203.0.113.5")
            let ownerElsewhere = try await Self.login(owner, "admin", DemoData.password, from: "198.51.100.7")
            // then
            #expect(wrong.allSatisfy { $0 == .unprocessableEntity })
            #expect(strangerAgain.status == .tooManyRequests)
            // the first wait is 30 s, counted from the last failure (less by the time the test took)
            let wait = try #require(strangerAgain.headers.first(name: .retryAfter).flatMap { Int($0) })
            #expect((1...30).contains(wait))
            #expect(strangerAgain.body.string.contains(AccountText.loginThrottled(seconds: wait)))
            #expect(ownerElsewhere.status == .seeOther)
        }
    }

    @Test(
        "without a trusted proxy X-Forwarded-For is ignored: a forged address does not escape the throttle",
        arguments: [TestDatabase.sqlite])
    func forgedHeader(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given
            let browser = try await Self.atLoginPage(app)
            for _ in 0..<SessionController.throttle.freeFailures {
                _ = try await Self.login(browser, "approver", "guess", from: "203.0.113.5")
            }
            // when
            let forged = try await Self.login(browser, "approver", DemoData.password, from: "198.51.100.7")
            // then
            #expect(forged.status == .tooManyRequests)
        }
    }

    @Test(
        "an unknown user name gets the answer of a wrong password, and is throttled alike",
        arguments: [TestDatabase.sqlite])
    func unknownName(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given
            let browser = try await Self.atLoginPage(app)
            // when
            var answers: [TestingHTTPResponse] = []
            for _ in 0...SessionController.throttle.freeFailures {
                answers.append(try await Self.login(browser, "nobody-here", "guess", from: nil))
            }
            let known = try await Self.login(try await Self.atLoginPage(app), "filer", "guess", from: nil)
            // then
            #expect(
                answers.prefix(SessionController.throttle.freeFailures).allSatisfy {
                    $0.status == known.status && $0.body.string.contains(WebText.loginFailed)
                })
            #expect(answers.last?.status == .tooManyRequests)
        }
    }

    @Test("a successful sign-in clears the pair's failures", arguments: [TestDatabase.sqlite])
    func successClears(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given: one failure short of the throttle, then a success
            let browser = try await Self.atLoginPage(app)
            for _ in 0..<(SessionController.throttle.freeFailures - 1) {
                _ = try await Self.login(browser, "filer", "guess", from: nil)
            }
            let success = try await Self.login(browser, "filer", DemoData.password, from: nil)
            // when: as many failures again
            let again = try await Self.atLoginPage(app)
            var statuses: [HTTPStatus] = []
            for _ in 0..<(SessionController.throttle.freeFailures - 1) {
                statuses.append(try await Self.login(again, "filer", "guess", from: nil).status)
            }
            // then
            #expect(success.status == .seeOther)
            #expect(statuses.allSatisfy { $0 == .unprocessableEntity })
        }
    }

    @Test("the CSRF token after sign-in differs from the one before, which no longer works", arguments: TestDatabase.all)
    func csrfRenewed(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given
            var browser = Browser(app: app)
            _ = try await browser.get("/login")
            let before = try #require(browser.csrf)
            // when
            _ = try await browser.post("/login", form: ["username": "filer", "password": DemoData.password])
            _ = try await browser.get("/account/password")
            let after = try #require(browser.csrf)
            let withOld = try await browser.post("/account/tokens", form: ["_csrf": before, "name": "旧令牌"])
            let withNew = try await browser.post("/account/tokens", form: ["name": "新令牌"])
            // then
            #expect(before != after)
            #expect(withOld.status == .forbidden)
            #expect(withNew.status == .created)
        }
    }
}
