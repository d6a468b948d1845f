import Foundation
import JixiaoCore
import JixiaoStore
import Testing
import Vapor
import VaporTesting

@testable import JixiaoWeb

@Suite("结果应用 API: /api/v1/results answers the /results page's rows", .timeLimit(.minutes(10)))
struct ResultsAPITests {
    struct Row: Decodable {
        struct Monitoring: Decodable {
            var asOf: String
            var overall: String?
            var budget: String?
            var budgetRate: String?
            var timeProgress: String
        }
        var unitCode: String
        var unitName: String
        var statusLabel: String?
        var grade: String?
        var monitoring: Monitoring?
        var openRectifications: Int
        var treatment: String?
        var reason: String
    }

    @Test("a unit's JSON row is the page's row (grade, treatment, lights); a filer is refused", arguments: TestDatabase.all)
    func sameRowAsThePage(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given: the filer unit's accepted 2023 self-evaluation, a submitted July round and an open 整改 item
            let id = try await Fixtures.completeEvaluationID(app)
            try await ReviewFixtures.set(app, id, status: .accepted)
            _ = try await FluentMonitoringRoundRepository(database: app.db).create(
                ResultsPageTests.round(month: 7, status: .submitted), by: "测试")
            _ = try await FluentRectificationRepository(database: app.db).create(ResultsPageTests.rectification(.open))
            var reviewer = try await Browser.signedIn(app, as: "reviewer")
            var token = try await ReviewFixtures.api(app, as: "reviewer"), admin = try await ReviewFixtures.api(app, as: "admin")
            var filer = try await ReviewFixtures.api(app, as: "filer")
            // when
            let page = try await reviewer.get("/results?year=2023&unit=\(Fixtures.filerUnit)").body.string
            let answer = try await token.get("/api/v1/results?year=2023&unit=\(Fixtures.filerUnit)")
            let rows = try JSONDecoder().decode([Row].self, from: Data(answer.body.string.utf8))
            let all = try JSONDecoder().decode([Row].self, from: Data(try await admin.get("/api/v1/results?year=2023").body.string.utf8))
            let yellow = try await token.get("/api/v1/results?year=2023&light=yellow").body.string
            let badLight = try await token.get("/api/v1/results?year=2023&light=purple")
            let refused = try await filer.get("/api/v1/results?year=2023")
            let openAPI = try await token.get("/api/v1/openapi.json").body.string
            // then: the page's cells, written from the JSON row
            #expect(answer.status == .ok)
            let row = try #require(rows.count == 1 ? rows.first : nil)
            let grade = try #require(row.grade), treatment = try #require(row.treatment)
            let monitoring = try #require(row.monitoring)
            let light = { (raw: String?) in raw.flatMap(Light.init(rawValue:))?.label ?? "—" }
            let cells = [
                row.unitCode, row.unitName, row.statusLabel ?? "", grade,
            ].map { "<td>\(HTMLEscape.escape($0))</td>" }.joined()
            #expect(row.unitCode == Fixtures.filerUnit && page.contains(cells))
            let lights = [
                monitoring.asOf, light(monitoring.overall), light(monitoring.budget), (monitoring.budgetRate ?? "") + "%",
                monitoring.timeProgress + "%", String(row.openRectifications),
            ].map { "<td>\($0)</td>" }.joined()
            #expect(monitoring.asOf == "2023-07-31" && monitoring.overall == "red" && row.openRectifications == 1)
            #expect(page.contains(lights))
            #expect(page.contains("<td>\(HTMLEscape.escape(treatment))</td><td>\(HTMLEscape.escape(row.reason))</td>"))
            let units = try await FluentAccountRepository(database: app.db).storedUnits()
            #expect(all.count == units.count)
            #expect(!yellow.contains(Fixtures.filerUnit))
            #expect(badLight.status == .badRequest)
            #expect(refused.status == .forbidden)
            let document = try #require(try JSONSerialization.jsonObject(with: Data(openAPI.utf8)) as? [String: Any])
            let paths = try #require(document["paths"] as? [String: Any])
            let schemas = try #require((document["components"] as? [String: Any])?["schemas"] as? [String: Any])
            #expect(paths["/results"] != nil && schemas["ResultUse"] != nil)
        }
    }
}
