import FluentSQL
import Foundation
import JixiaoCore
import JixiaoStore
import Testing
import Vapor
import VaporTesting

@testable import JixiaoWeb

/// PostgreSQL going away under a running app (a restart: every connection cut, new ones refused for
/// a while): requests answer 503 with a Chinese message and `Retry-After`, never 500, and once the
/// server takes connections again the app answers by itself, with every acknowledged save there.
@Suite("PostgreSQL restart", .timeLimit(.minutes(10)))
struct DatabaseRestartTests {
    static var postgres: [TestDatabase] { ConcurrentStartTests.postgres }

    @Test(
        "connections cut and refused: 503 with Retry-After, then the app reconnects by itself and the save is kept",
        .enabled(if: !postgres.isEmpty, "需要 PostgreSQL（JIXIAO_TEST_POSTGRES_URL）"), arguments: postgres)
    func restart(_ database: TestDatabase) async throws {
        guard case .postgres(let server) = database else {
            Issue.record("PostgreSQL 未配置：CI 需要 JIXIAO_TEST_POSTGRES_URL")
            return
        }
        try await withJixiaoApp(database) { app in
            // given: an acknowledged save, and a second connection to the server (not to the app's database)
            let id = try await Fixtures.evaluationID(app)
            var api = Browser(app: app)
            api.bearer = try await Fixtures.token(app, for: "filer")
            var page = try await Browser.signedIn(app, as: "reviewer")
            let original = try await api.get("/api/v1/evaluations/\(id)").content.decode(EvaluationDTO.self)
            var changed = original.evaluation
            changed.figures["otherIncome"] = ExactDecimal(4343)
            let body = String(
                decoding: try JSONEncoder().encode(EvaluationUpdateDTO(version: original.version, evaluation: changed)),
                as: UTF8.self)
            #expect(try await api.json(.PUT, "/api/v1/evaluations/\(id)", body).status == .ok)
            let name = try #require(
                try await (app.db as? any SQLDatabase)?.raw("SELECT current_database() AS name").first()?
                    .decode(column: "name", as: String.self))
            let adminID = DatabaseID(string: "restart-admin")
            try DatabaseSettings.postgres(url: server).register(on: app.databases, as: adminID, isDefault: false, connectionsPerLoop: 1)
            let admin = try #require(app.db(adminID) as? any SQLDatabase)
            // when: every connection of the app is cut and new ones are refused
            try await admin.raw("ALTER DATABASE \(ident: name) CONNECTION LIMIT 0").run()
            try await admin.raw("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = \(bind: name)").run()
            let apiDown = try await api.get("/api/v1/evaluations")
            let pageDown = try await page.get("/evaluations")
            // and the server takes connections again
            try await admin.raw("ALTER DATABASE \(ident: name) CONNECTION LIMIT -1").run()
            let apiUp = try await api.get("/api/v1/evaluations/\(id)")
            let pageUp = try await page.get("/evaluations")
            // then
            for response in [apiDown, pageDown] {
                #expect(response.status == .serviceUnavailable)
                #expect(response.headers.first(name: .retryAfter) == String(ErrorPageMiddleware.retrySeconds))
                #expect(response.body.string.contains(WebText.databaseUnavailable))
            }
            #expect(apiUp.status == .ok)
            #expect(pageUp.status == .ok)
            let read = try apiUp.content.decode(EvaluationDTO.self)
            #expect(read.version == original.version + 1)
            #expect(read.evaluation.figures["otherIncome"] == ExactDecimal(4343))
        }
    }
}
