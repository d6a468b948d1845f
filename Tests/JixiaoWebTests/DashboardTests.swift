import JixiaoCore
import JixiaoStore
import Testing
import Vapor
import VaporTesting

@testable import JixiaoWeb

@Suite("Dashboard, charts and the review queue", .timeLimit(.minutes(10)))
struct DashboardTests {
    static func row(
        _ n: Int, total: String?, stated: String? = nil, status: EvaluationStatus = .approved,
        errors: Int = 0, warnings: Int = 0, budget: String? = nil, executed: String? = nil
    ) -> DashboardRow {
        let t = total.flatMap { ExactDecimal($0) }
        return DashboardRow(
            id: "id\(n)", unitCode: "u\(n)", unitName: "单位\(n)", kind: .departmentWide, status: status,
            title: "部门整体", total: t, grade: t.map(Grade.init(total:)), errorCount: errors,
            warningCount: warnings, statedTotal: stated.flatMap { ExactDecimal($0) },
            budgetAdjusted: budget.flatMap { ExactDecimal($0) }, budgetExecuted: executed.flatMap { ExactDecimal($0) })
    }

    @Test func theModelCountsGradesBinsAndRates() {
        // given
        let rows = [
            Self.row(1, total: "95.5", stated: "98", budget: "200", executed: "150"),
            Self.row(2, total: "89.99", stated: "99", errors: 2, warnings: 1),
            Self.row(3, total: "100", status: .accepted), Self.row(4, total: "42", warnings: 4),
            Self.row(5, total: nil, status: .draft),
        ]
        let model = DashboardModel(year: 2024, rows: rows, previous: [Self.row(9, total: "70")])
        // then
        #expect(DashboardModel.gradeCounts(rows).map(\.value) == [2, 1, 0, 1])
        #expect(model.histogram.map(\.value) == [0, 0, 0, 0, 1, 0, 0, 0, 1, 2])
        #expect(model.statusCounts.first { $0.label == "部门已审" }?.value == 3)
        #expect(model.executionRates.map(\.value) == [ExactDecimal("0.75")!])
        #expect(model.selfVersusComputed.map(\.unit) == ["单位1", "单位2"])
        #expect(model.mostFindings.map(\.unit) == ["单位4", "单位2"])
        let average = model.comparison.first { $0.label == "平均得分" }
        #expect(average?.current == ExactDecimal("81.87") && average?.previous == 70)
    }

    @Test func barChartsCarryTheirExactNumbers() {
        let svg = BarChart.svg(
            id: "c", title: "等级<分布>",
            bars: [
                ChartBar(label: "优", value: 3, text: "3"),
                ChartBar(label: "良", value: 1, text: "1"),
            ])
        #expect(svg.hasPrefix("<svg") && svg.hasSuffix("</svg>"))
        #expect(svg.contains("data-label=\"优\" data-value=\"3\""))
        #expect(svg.contains("等级&lt;分布&gt;"))
        #expect(svg.components(separatedBy: "<rect").count - 1 == 2)
        let scatter = ScatterChart.svg(
            id: "s", title: "t", points: [ChartPoint(label: "甲", x: 80, y: 95)],
            maxValue: 100, xLabel: "x", yLabel: "y")
        #expect(scatter.contains("data-x=\"80\" data-y=\"95\""))
    }

    @Test("the dashboard page shows every chart with its table; filers may not see it", arguments: TestDatabase.all)
    func page(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given the year of the seeded evaluations
            let year = try await ReviewFixtures.find(app, Fixtures.evaluationID(app)).evaluation.fiscalYear
            let rows = try await DashboardQuery(database: app.db).rows(year: year)
            var reviewer = try await Browser.signedIn(app, as: "reviewer")
            var filer = try await Browser.signedIn(app, as: "filer")
            // when
            let page = try await reviewer.get("/dashboard?year=\(year)")
            let queue = try await reviewer.get("/review?year=\(year)&status=draft")
            let refused = try await filer.get("/dashboard?year=\(year)")
            // then
            let html = page.body.string
            for chart in ["status", "grades", "histogram", "self-score", "execution", "findings", "comparison"] {
                #expect(html.contains("id=\"chart-\(chart)\""), "chart \(chart)")
                #expect(html.contains("id=\"table-\(chart)\""), "table \(chart)")
            }
            #expect(!rows.isEmpty)
            let drafts = rows.filter { $0.status == .draft }.count
            #expect(html.contains("data-label=\"草稿\" data-value=\"\(drafts)\""))
            for row in rows where row.kind == .departmentWide {
                if let rate = row.executionRate { #expect(html.contains(rate.percentText)) }
            }
            #expect(queue.body.string.contains("共 \(drafts) 份"))
            for row in rows where row.status == .draft { #expect(queue.body.string.contains("href=\"/review/\(row.id)\"")) }
            #expect(
                Set(rows.map(\.id)).isSubset(
                    of: Set(
                        try await FluentEvaluationRepository(database: app.db)
                            .list(EvaluationFilter(fiscalYear: year, limit: 1000)).map(\.id))))
            #expect(refused.status == .forbidden)
        }
    }
}
