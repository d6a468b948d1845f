import Foundation
import JixiaoCore
import JixiaoStore
import Testing
import Vapor
import VaporTesting

@testable import JixiaoWeb

@Suite("Dashboard: units by light and execution against time elapsed", .timeLimit(.minutes(10)))
struct DashboardMonitoringTests {
    static func round(_ unit: String, name: String, executed: ExactDecimal, status: EvaluationStatus) -> MonitoringRoundState {
        MonitoringRoundState(
            unitCode: unit, declarationID: "d-1",
            round: MonitoringRound(
                unit: name, fiscalYear: 2023, asOf: CalendarDate(year: 2023, month: 6, day: 30),
                budget: MonitoredBudget(annual: 100, executed: executed)),
            status: status)
    }

    @Test("counts per light and each unit's rate and time progress as numbers beside the SVG; names escaped", arguments: TestDatabase.all)
    func lightsAndChart(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given: at half-year the filer's unit spent 20% (red), the other unit 50% (green), a draft is left out
            let rounds = FluentMonitoringRoundRepository(database: app.db)
            _ = try await rounds.create(Self.round(Fixtures.filerUnit, name: HostileText.text, executed: 20, status: .submitted), by: "测试")
            _ = try await rounds.create(Self.round(Fixtures.otherUnit, name: "新丰县政务服务中心", executed: 50, status: .accepted), by: "测试")
            var reviewer = try await Browser.signedIn(app, as: "reviewer")
            // when
            let page = try await reviewer.get("/dashboard?year=2023")
            // then
            let html = page.body.string
            #expect(page.status == .ok)
            #expect(html.contains("<tr><td>红灯</td><td>1</td></tr><tr><td>黄灯</td><td>0</td></tr><tr><td>绿灯</td><td>1</td></tr>"))
            #expect(html.contains("id=\"chart-lights\"") && html.contains("id=\"chart-execution-time\""))
            #expect(html.contains("<td>新丰县政务服务中心</td><td>2023-06-30</td><td>50.00%</td><td>50.00%</td><td>绿灯</td>"))
            #expect(html.contains("<td>2023-06-30</td><td>20.00%</td><td>50.00%</td><td>红灯</td>"))
            #expect(HostileText.problems(html).isEmpty)
            #expect(HostileText.showsLiterally(html))
        }
    }
}
