import Foundation
import JixiaoCore
import JixiaoStore
import Plot
import Testing
import Vapor
import VaporTesting

@testable import JixiaoWeb

@Suite("Dashboard at province size: per-unit charts show the extremes, every unit on /dashboard/units", .timeLimit(.minutes(10)))
struct DashboardUnitsTests {
    static let reviewer = UserAccount(id: UUID(), username: "r", displayName: "财政", role: .reviewer, unitCode: "")

    /// `count` units: unit n executes n of 1,000 and states n / 10 points over its computed score.
    static func rows(_ count: Int) -> [DashboardRow] {
        (1...count).map { n in
            DashboardTests.row(
                n, total: "50", stated: (ExactDecimal(50) + ExactDecimal(n).divided(by: 10)!).description,
                budget: "1000", executed: String(n))
        }
    }

    /// The cells of the first column of table `id` in `html`.
    static func firstCells(_ html: String, table id: String) -> [String] {
        guard let start = html.range(of: "id=\"table-\(id)\"") else { return [] }
        let table = html[start.upperBound...]
        let body = String(table[..<(table.range(of: "</table>")?.lowerBound ?? table.endIndex)])
        return body.components(separatedBy: "<tr><td>").dropFirst().map { String($0.prefix { $0 != "<" }) }
    }

    @Test("120 units: the rate chart shows the 25 highest and 25 lowest, the scatter the 50 largest gaps, both link every unit")
    func extremes() {
        // given
        let model = DashboardModel(year: 2024, rows: Self.rows(120), previous: [])
        // when
        let html = DashboardPage.render(model, user: Self.reviewer, csrf: "c").render()
        // then
        let rates = Self.firstCells(html, table: "execution")
        #expect(rates == (96...120).reversed().map { "单位\($0)" } + (1...25).reversed().map { "单位\($0)" })
        #expect(Self.firstCells(html, table: "self-score") == (71...120).reversed().map { "单位\($0)" })
        #expect(html.components(separatedBy: "<circle").count - 1 == 50)
        #expect(html.contains("共 120 个单位，此处为最高和最低各 25 个"))
        #expect(html.contains(#"id="all-units-execution" href="/dashboard/units?year=2024""#))
        #expect(html.contains(#"id="all-units-self-score" href="/dashboard/units?year=2024""#))
    }

    @Test("60 units' monitoring: the 50 farthest from the time elapsed drawn and listed, with a link")
    func monitoringExtremes() {
        // given: unit n has executed n % against 30 % of the time
        var monitoring = DashboardMonitoring()
        monitoring.points = (1...60).map {
            DashboardMonitoring.Point(unit: "单位\($0)", asOf: "2024-06-30", rate: ExactDecimal($0), time: 30, light: nil)
        }
        // when
        let html = Node<HTML.BodyContext>.div(monitoring.sections(year: 2024)).render()
        // then: gaps 30 (unit 60) down to 0 (unit 30); the ten nearest (26…34, and 35 of the tie with 25) are left out
        let shown = Self.firstCells(html, table: "execution-time")
        #expect(shown.count == 50 && shown.first == "单位60")
        #expect(!shown.contains("单位30") && shown.contains("单位1"))
        #expect(html.contains(#"id="all-units-execution-time" href="/monitoring?year=2024""#))
    }

    @Test("50 units: every unit drawn, no link")
    func fewUnits() {
        let html = DashboardPage.render(DashboardModel(year: 2024, rows: Self.rows(50), previous: []), user: Self.reviewer, csrf: "c")
            .render()
        #expect(Self.firstCells(html, table: "execution").count == 50)
        #expect(Self.firstCells(html, table: "self-score").count == 50)
        #expect(!html.contains("all-units-"))
    }

    @Test(
        "/dashboard/units lists every department-wide evaluation of the year; filers may not; past the last page is a 400",
        arguments: TestDatabase.all)
    func unitsPage(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given
            let year = try await ReviewFixtures.find(app, Fixtures.evaluationID(app)).evaluation.fiscalYear
            let rows = try await DashboardQuery(database: app.db).rows(year: year, kind: .departmentWide)
            var reviewer = try await Browser.signedIn(app, as: "reviewer")
            var filer = try await Browser.signedIn(app, as: "filer")
            // when
            let page = try await reviewer.get("/dashboard/units?year=\(year)")
            let past = try await reviewer.get("/dashboard/units?year=\(year)&page=9")
            let refused = try await filer.get("/dashboard/units?year=\(year)")
            // then
            #expect(page.status == .ok)
            #expect(!rows.isEmpty)
            #expect(Self.firstCells(page.body.string, table: "units") == rows.map { HTMLEscape.escape($0.unitName) })
            for row in rows { if let rate = row.executionRate { #expect(page.body.string.contains(rate.percentText)) } }
            #expect(page.body.string.contains("共 \(rows.count) 个单位"))
            #expect(past.status == .badRequest)
            #expect(refused.status == .forbidden)
        }
    }
}
