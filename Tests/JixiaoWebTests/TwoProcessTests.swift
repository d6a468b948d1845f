import Foundation
import JixiaoCore
import JixiaoStore
import Testing
import Vapor
import VaporTesting

@testable import JixiaoWeb

/// Two app instances on one database (as two `jixiao serve` processes would be): nothing
/// that matters is kept in one instance's memory.
@Suite("Two processes, one database", .timeLimit(.minutes(10)))
struct TwoProcessTests {
    /// Runs `body` with two configured apps on the same database; the second is shut down after.
    static func withTwoApps(_ database: TestDatabase, _ body: @escaping (Application, Application) async throws -> Void) async throws {
        try await withJixiaoApp(database) { first in
            let second = try await Application.make(Environment(name: "testing", arguments: ["jixiao-tests"]))
            second.logger.logLevel = .warning
            do {
                try await configure(second, settings: first.services.settings)
                try await body(first, second)
            } catch {
                try? await second.asyncShutdown()
                throw error
            }
            try await second.asyncShutdown()
        }
    }

    @Test(
        "a save through one instance is read through the other at once, in the document and the list",
        arguments: TestDatabase.all)
    func changeSeenByTheOther(_ database: TestDatabase) async throws {
        try await Self.withTwoApps(database) { a, b in
            // given
            let id = try await Fixtures.evaluationID(a)
            let token = try await Fixtures.token(a, for: "filer")
            var viaA = Browser(app: a), viaB = Browser(app: b)
            viaA.bearer = token
            viaB.bearer = token
            let original = try await viaB.get("/api/v1/evaluations/\(id)").content.decode(EvaluationDTO.self)
            var changed = original.evaluation
            changed.figures["otherIncome"] = ExactDecimal(4242)
            let body = String(
                decoding: try JSONEncoder().encode(EvaluationUpdateDTO(version: original.version, evaluation: changed)),
                as: UTF8.self)
            // when
            let saved = try await viaA.json(.PUT, "/api/v1/evaluations/\(id)", body)
            let read = try await viaB.get("/api/v1/evaluations/\(id)").content.decode(EvaluationDTO.self)
            let listed = try await viaB.get("/api/v1/evaluations?per=100").content.decode(EvaluationListDTO.self)
            let stale = try await viaB.json(.PUT, "/api/v1/evaluations/\(id)", body)
            // then
            #expect(saved.status == .ok)
            #expect(read.version == original.version + 1)
            #expect(read.evaluation.figures["otherIncome"] == ExactDecimal(4242))
            #expect(listed.items.first { $0.id == id }?.version == original.version + 1)
            #expect(stale.status == .conflict)
        }
    }

    @Test(
        "a session made on one instance is valid on the other; signing out on the other ends it on both",
        arguments: TestDatabase.all)
    func sessionSharedAndEnded(_ database: TestDatabase) async throws {
        try await Self.withTwoApps(database) { a, b in
            // given
            let signedIn = try await Browser.signedIn(a, as: "filer")
            var onB = Browser(app: b), onA = signedIn
            onB.cookie = signedIn.cookie
            onB.csrf = signedIn.csrf
            // when
            let pageOnB = try await onB.get("/evaluations")
            let logout = try await onB.post("/logout", form: [:])
            let afterOnA = try await onA.get("/evaluations")
            // then
            #expect(pageOnB.status == .ok)
            #expect(pageOnB.body.string.contains("退出"))
            #expect(logout.status == .seeOther)
            #expect(afterOnA.status == .seeOther)
            #expect(afterOnA.headers.first(name: .location)?.hasPrefix("/login") == true)
        }
    }

    @Test(
        "failed sign-ins on one instance throttle the same user name and client on the other",
        arguments: TestDatabase.all)
    func throttleShared(_ database: TestDatabase) async throws {
        try await Self.withTwoApps(database) { a, b in
            // given: both behind one trusted proxy
            a.services.settings.trustForwardedFor = true
            b.services.settings.trustForwardedFor = true
            let onA = try await LoginThrottleRouteTests.atLoginPage(a), onB = try await LoginThrottleRouteTests.atLoginPage(b)
            var wrong: [HTTPStatus] = []
            for _ in 0..<SessionController.throttle.freeFailures {
                wrong.append(try await LoginThrottleRouteTests.login(onA, "admin", "guess", from: "203.0.113.9").status)
            }
            // when
            let sameClientOnB = try await LoginThrottleRouteTests.login(onB, "admin", DemoData.password, from: "203.0.113.9")
            let otherClientOnB = try await LoginThrottleRouteTests.login(onB, "admin", DemoData.password, from: "198.51.100.2")
            // then
            #expect(wrong.allSatisfy { $0 == .unprocessableEntity })
            #expect(sameClientOnB.status == .tooManyRequests)
            #expect(otherClientOnB.status == .seeOther)
        }
    }

    @Test(
        "a change through one instance is on the other's dashboard at once, though both drew it before",
        arguments: TestDatabase.all)
    func dashboardSeenByTheOther(_ database: TestDatabase) async throws {
        try await Self.withTwoApps(database) { a, b in
            // given: both instances drew (and keep) the year's dashboard
            let id = try await Fixtures.evaluationID(a)
            let stored = try await ReviewFixtures.find(a, id)
            let year = stored.evaluation.fiscalYear
            let drafts = try await DashboardQuery(database: a.db).rows(year: year).filter { $0.status == .draft }.count
            var onA = try await Browser.signedIn(a, as: "reviewer")
            var onB = Browser(app: b)
            onB.cookie = onA.cookie
            onB.csrf = onA.csrf
            let beforeA = try await onA.get("/dashboard?year=\(year)").body.string
            let beforeB = try await onB.get("/dashboard?year=\(year)").body.string
            // when: a step through one
            try await ReviewFixtures.set(a, id, status: .submitted)
            let afterB = try await onB.get("/dashboard?year=\(year)").body.string
            let afterA = try await onA.get("/dashboard?year=\(year)").body.string
            // then
            #expect(stored.evaluation.status == .draft)
            #expect(beforeA == beforeB)
            #expect(beforeB.contains("data-label=\"草稿\" data-value=\"\(drafts)\""))
            #expect(afterB.contains("data-label=\"草稿\" data-value=\"\(drafts - 1)\""))
            #expect(afterA == afterB)
        }
    }

    @Test(
        "a framework uploaded or replaced through one instance is offered and scores through the other at once",
        arguments: TestDatabase.all)
    func frameworkSeenByTheOther(_ database: TestDatabase) async throws {
        try await Self.withTwoApps(database) { a, b in
            // given
            var admin = try await Browser.signedIn(a, as: "admin")
            var filer = try await Browser.signedIn(b, as: "filer")
            _ = try await admin.upload(
                "/admin/frameworks", fileField: "file", filename: "table.csv",
                content: AdminFixtures.csv, contentType: "text/csv")
            let first = try await filer.get("/evaluations/new").body.string
            // when: replaced while unused, then used through the other
            let renamed = AdminFixtures.csv.replacingOccurrences(of: "上传测试县部门", with: "改名测试县部门")
            let replaced = try await admin.upload(
                "/admin/frameworks", fileField: "file", filename: "table2.csv",
                content: renamed, contentType: "text/csv")
            let second = try await filer.get("/evaluations/new").body.string
            let created = try await filer.post(
                "/evaluations",
                form: [
                    "framework": "upload-csv", "year": "2023",
                    "unit": Fixtures.filerUnit,
                ])
            let id = try #require(created.headers.first(name: .location)?.split(separator: "/").last.map(String.init))
            var api = try await ReviewFixtures.api(a, as: "filer")
            let scored = try await api.get("/api/v1/evaluations/\(id)/score").content.decode(ScoreDTO.self)
            // then
            #expect(first.contains("上传测试县部门整体支出绩效评价表"))
            #expect(replaced.status == .created)
            #expect(second.contains("改名测试县部门整体支出绩效评价表") && !second.contains("上传测试县部门"))
            #expect(created.status == .seeOther)
            #expect(scored.score?.frameworkID == "upload-csv")
            #expect(scored.score?.maxTotal == ExactDecimal(100))
        }
    }
}
