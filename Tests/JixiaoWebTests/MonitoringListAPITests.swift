import Foundation
import JixiaoCore
import JixiaoFiles
import JixiaoStore
import Testing
import Vapor
import VaporTesting

@testable import JixiaoWeb

@Suite("运行监控列表：API 与页面的灯一致（每年度的阈值）", .timeLimit(.minutes(10)))
struct MonitoringListAPITests {
    static func round(_ unit: String, year: Int, executed: ExactDecimal) -> MonitoringRoundState {
        MonitoringRoundState(
            unitCode: unit, declarationID: "d-\(year)",
            round: MonitoringRound(
                unit: "单位\(unit)", fiscalYear: year, asOf: CalendarDate(year: year, month: 6, day: 30),
                budget: MonitoredBudget(annual: 100, executed: executed)),
            status: .submitted)
    }

    struct Listed: Decodable {
        var id: String
        var result: MonitoringReport
    }

    /// Each row of the page's list: id → the data-light values of its cells (overall, budget).
    static func pageLights(_ html: String) -> [String: [String]] {
        var rows: [String: [String]] = [:]
        for chunk in html.components(separatedBy: "<tr data-id=\"").dropFirst() {
            let id = String(chunk.prefix { $0 != "\"" })
            let row = chunk.components(separatedBy: "</tr>").first ?? ""
            rows[id] = DeclarationAPITests.values(of: "data-light", in: row)
        }
        return rows
    }

    @Test(
        "GET /api/v1/monitoring lights every round as the /monitoring page does, each under its own year's thresholds",
        arguments: TestDatabase.all)
    func sameLightsAsThePage(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given: half-year rounds at 100% (2023, default bands: green; 2024, green only from 120%: yellow) and one at 40% (red)
            let rounds = FluentMonitoringRoundRepository(database: app.db)
            let green = try await rounds.create(Self.round(Fixtures.filerUnit, year: 2023, executed: 50), by: "测试").id
            let yellow = try await rounds.create(Self.round(Fixtures.filerUnit, year: 2024, executed: 50), by: "测试").id
            let red = try await rounds.create(Self.round(Fixtures.otherUnit, year: 2024, executed: 20), by: "测试").id
            var strict = YearSettings.defaults(year: 2024)
            strict.thresholds.budget = LightBands(yellowFrom: 60, greenFrom: 120)
            try await FluentYearSettingsRepository(database: app.db).save(strict, by: "测试", log: nil)
            var reviewer = try await Browser.signedIn(app, as: "reviewer")
            var token = try await ReviewFixtures.api(app, as: "reviewer")
            // when
            let page = Self.pageLights(try await reviewer.get("/monitoring?order=updated").body.string)
            let answer = try await token.get("/api/v1/monitoring")
            let listed = try JSONDecoder().decode([Listed].self, from: Data(answer.body.string.utf8))
            // then
            #expect(answer.status == .ok)
            let api = Dictionary(
                uniqueKeysWithValues: listed.map { ($0.id, [$0.result.overall, $0.result.budget.light].map { $0?.rawValue ?? "none" }) })
            #expect(api[green] == ["green", "green"] && api[yellow] == ["yellow", "yellow"] && api[red] == ["red", "red"])
            #expect(api == page)
        }
    }
}
