import FluentSQL
import Foundation
import JixiaoCore
import Testing
import Vapor

@testable import JixiaoStore
@testable import JixiaoWeb

/// The per-unit charts' rows and the units with most findings chosen in SQL (`ORDER BY … LIMIT`)
/// against the same chosen in memory from every row.
@Suite("Dashboard's per-unit charts chosen in SQL", .timeLimit(.minutes(10)))
struct DashboardUnitChartsTests {
    static let year = 2032
    static let reviewer = UserAccount(id: UUID(), username: "r", displayName: "财政", role: .reviewer, unitCode: "")

    /// 130 units' department-wide evaluations: rates and gaps tied in threes and fours, names shared
    /// by two units, rates beyond ±1,000 and totals beyond the columns (spilled), self-scores beyond
    /// ±1,000, rows without a rate or a score, tied findings.
    static func seed(_ app: Application) async throws {
        var items: [NewEvaluation] = []
        for i in 0..<130 {
            var figures = Figures()
            figures["budgetAdjusted"] = i % 23 == 0 ? nil : ExactDecimal(i % 17 == 0 ? "0.000000001" : "1000")
            figures["budgetExecuted"] = ExactDecimal(i % 17 == 0 ? "5" : String(i % 40))
            let stated: ExactDecimal? =
                i % 11 == 0 ? nil : i % 31 == 0 ? ExactDecimal(-2000 - i) : ExactDecimal(50) + ExactDecimal(i % 30).divided(by: 10)!
            let evaluation = Evaluation(
                kind: .departmentWide, unit: Unit(name: "单位\(i % 65)", code: String(format: "u%03d", (i * 37) % 130)),
                fiscalYear: year, frameworkID: "mof-2020-project", status: i % 9 == 0 ? .draft : .approved, figures: figures,
                statedTotal: stated)
            let total = i % 29 == 0 ? nil : ExactDecimal(i % 19 == 0 ? "1234567" : i % 2 == 0 ? "50" : "49.7")
            let metrics = EvaluationMetrics(
                total: total, grade: total.map(Grade.init(total:)), errorCount: i % 7, warningCount: i % 5)
            items.append(NewEvaluation(evaluation: evaluation, metrics: metrics))
        }
        try await FluentEvaluationRepository(database: app.db).createMany(items, by: "test")
    }

    @Test(
        "the charts' rows, their counts and the ten units with most findings equal those chosen from every row; the page is the same",
        arguments: TestDatabase.all)
    func sqlEqualsMemory(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given
            try await Self.seed(app)
            let sql = try #require(app.db as? any SQLDatabase)
            let prepared = PreparedPostgresDatabase(database: sql, cache: PostgresStatementCache())
            let rows = try await DashboardQuery(database: app.db).rows(year: Self.year, kind: .departmentWide)
            let all = try await DashboardQuery(database: app.db).summary(year: Self.year)
            #expect(rows.count == 130 && all.findings.count > 100)
            // when / then: on the database and (PostgreSQL) prepared, twice
            for query in [DashboardQuery(database: app.db), DashboardQuery(database: app.db, reader: prepared)] {
                for shown in [50, 10, 200, 50] {
                    let memory = DashboardUnitCharts(rows: rows, shown: shown)
                    let chosen = try await query.unitCharts(year: Self.year, shown: shown)
                    #expect(chosen == memory, "shown \(shown)")
                    #expect(memory.rateCount > 100 && memory.gapCount > 100)
                    #expect(memory.rates.contains { $0.storedRate == nil }, "a rate beyond the columns")
                }
                let ten = try await query.summary(year: Self.year, findings: 10)
                #expect(ten.findings == Array(all.findings.prefix(10)))
                #expect(try await query.summary(year: Self.year, findings: 0).findings.isEmpty)
                let model = try await DashboardController.model(query, year: Self.year)
                let inMemory = DashboardModel(
                    year: Self.year, rows: try await query.rows(year: Self.year), previous: try await query.rows(year: Self.year - 1))
                let html = DashboardPage.render(model, user: Self.reviewer, csrf: "c").render()
                #expect(html == DashboardPage.render(inMemory, user: Self.reviewer, csrf: "c").render())
                #expect(html.contains("共 \(inMemory.unitCharts.rateCount) 个单位，此处为最高和最低各 25 个"))
            }
        }
    }
}
