import Foundation
import JixiaoCore
import JixiaoStore
import Testing
import Vapor
import VaporTesting

@testable import JixiaoWeb

/// Failed sign-ins sent at once: each is counted before its password is checked, in one atomic
/// step per (user name, client), so a burst cannot pass the throttle on one count read.
@Suite("同时发出的登录失败：逐一计数，限制准时生效", .timeLimit(.minutes(10)))
struct LoginThrottleConcurrencyTests {
    @Test(
        "twice the free tries at once: exactly the free ones are checked, the rest wait; the count is the free tries",
        arguments: TestDatabase.all)
    func burst(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given: behind a trusted proxy, so the client address is known
            app.services.settings.trustForwardedFor = true
            let browser = try await LoginThrottleRouteTests.atLoginPage(app)
            let free = SessionController.throttle.freeFailures
            // when
            let statuses = try await withThrowingTaskGroup(of: HTTPStatus.self) { group in
                for _ in 0..<(2 * free) {
                    group.addTask { try await LoginThrottleRouteTests.login(browser, "filer", "guess", from: "203.0.113.7").status }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            let then = try await LoginThrottleRouteTests.login(browser, "filer", DemoData.password, from: "203.0.113.7")
            // then
            #expect(statuses.filter { $0 == .unprocessableEntity }.count == free)
            #expect(statuses.filter { $0 == .tooManyRequests }.count == free)
            let counted = try await FluentAccountRepository(database: app.db)
                .failedLogins(username: "filer", client: "203.0.113.7", since: .distantPast)
            #expect(counted.count == free)
            #expect(then.status == .tooManyRequests)
        }
    }
}
