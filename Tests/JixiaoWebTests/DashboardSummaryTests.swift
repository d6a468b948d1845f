import Foundation
import JixiaoCore
import Testing
import Vapor

@testable import JixiaoStore
@testable import JixiaoWeb

/// The dashboard's aggregates in SQL (`DashboardQuery.summary`, migration 024's columns) against
/// the same numbers counted in memory from every row (`DashboardSummary(rows:)`).
@Suite("Dashboard summary in SQL", .timeLimit(.minutes(10)))
struct DashboardSummaryTests {
    static let totals: [String?] = [nil, "100", "0", "59.999999999", "85.5", "90", "1234567", "-5", "89.99", "60"]
    static let budgets: [(String?, String?)] = [
        ("200", "150"), ("0", "5"), ("0.000000001", "1000000"), (nil, "3"),
        ("300", nil), ("7", "7.000000001"), (nil, nil),
    ]

    /// Varied evaluations of 2030 and 2031 over twelve units: every status, scored and unscored
    /// drafts, totals and rates beyond the integer columns (spilled), zero budgets, tied findings.
    static func seed(_ app: Application) async throws -> Int {
        let statuses = EvaluationStatus.allCases
        var items: [NewEvaluation] = []
        for i in 0..<150 {
            let year = 2030 + i % 2, unit = Unit(name: "单位\(i % 12 == 11 ? 0 : i % 12)", code: "u\(i % 12)")
            let departmentWide = i < 12
            let (budget, executed) = budgets[i % budgets.count]
            var figures = Figures()
            figures["budgetAdjusted"] = budget.flatMap { ExactDecimal($0) }
            figures["budgetExecuted"] = executed.flatMap { ExactDecimal($0) }
            let evaluation = Evaluation(
                kind: departmentWide ? .departmentWide : .project, unit: unit, fiscalYear: year,
                frameworkID: "mof-2020-project", status: statuses[(i / 3) % statuses.count],
                project: departmentWide ? nil : ProjectInfo(name: "项目 \(i)"), figures: figures,
                statedTotal: i % 4 == 0 ? ExactDecimal(90 + i % 7) : nil)
            let total = totals[i % totals.count].flatMap { ExactDecimal($0) }
            let metrics = EvaluationMetrics(
                total: total, grade: i % 13 == 0 ? nil : total.map(Grade.init(total:)),
                errorCount: i % 5 == 0 ? 2 : 0, warningCount: i % 3)
            items.append(NewEvaluation(evaluation: evaluation, metrics: metrics))
        }
        try await FluentEvaluationRepository(database: app.db).createMany(items, by: "test")
        return items.count
    }

    @Test("the SQL summary equals the summary of every row, after saves and after the migration's backfill", arguments: TestDatabase.all)
    func sqlEqualsMemory(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given
            let count = try await Self.seed(app)
            let query = DashboardQuery(database: app.db)
            let repository = FluentEvaluationRepository(database: app.db)
            let saved = try #require(try await query.rows(year: 2031).first { $0.status == .draft })
            let stored = try #require(try await repository.find(id: saved.id))
            var edited = stored.evaluation
            edited.status = .approved
            edited.figures["budgetAdjusted"] = ExactDecimal("0.000000002")
            edited.figures["budgetExecuted"] = 4
            _ = try await repository.update(
                id: saved.id, expectedVersion: stored.version, evaluation: edited,
                metrics: EvaluationMetrics(total: 77, grade: .good, errorCount: 9),
                by: "test", changes: [])
            // the columns emptied and filled again by the migration (its revert, then its backfill of existing rows)
            let spilled = try await query.rows(year: 2030, spilled: true).count
            // On PostgreSQL only: on SQLite the ADD COLUMN right after a DROP COLUMN sometimes ran on a
            // pooled connection that had not seen the drop ("duplicate column name").
            if case .postgres = database {
                try await TrimEvaluationIndexes().revert(on: app.db)
                try await CreateUnitFindings().revert(on: app.db)
                try await CreateDashboardCounts().revert(on: app.db)
                try await AddDashboardColumns().revert(on: app.db)
                try await AddDashboardColumns().prepare(on: app.db)
                try await CreateDashboardCounts().prepare(on: app.db)
                try await CreateUnitFindings().prepare(on: app.db)
                try await TrimEvaluationIndexes().prepare(on: app.db)
            }
            #expect(try await query.rows(year: 2030, spilled: true).count == spilled)
            // when
            for year in [2030, 2031] {
                let rows = try await query.rows(year: year)
                let memory = DashboardSummary(rows: rows)
                let sql = try await query.summary(year: year)
                // then
                #expect(sql == memory, "year \(year)")
                #expect(memory.count == count / 2 && memory.drafts > 0 && memory.scored > 0 && memory.rates > 2)
                #expect(memory.findings.count > 3 && memory.histogram.reduce(0, +) == memory.scored)
                #expect(try await query.rows(year: year, spilled: true).count >= 2, "rows beyond the columns")
                let model = try await DashboardController.model(query, year: year)
                let inMemory = DashboardModel(year: year, rows: rows, previous: try await query.rows(year: year - 1))
                #expect(model.comparison.map(\.current) == inMemory.comparison.map(\.current))
                #expect(model.comparison.map(\.previous) == inMemory.comparison.map(\.previous))
                #expect(model.executionRates.map(\.value) == inMemory.executionRates.map(\.value))
                #expect(model.mostFindings.map(\.unit) == inMemory.mostFindings.map(\.unit))
            }
        }
    }
}
