import FluentKit
import Foundation
import JixiaoCore
import Testing
import Vapor

@testable import JixiaoStore
@testable import JixiaoWeb

/// The dashboard reads its rows from columns (024's `rate_units`, 028's `stated_total`), not from the
/// documents: each row's self-score and execution rate must equal what its document says, after
/// bulk inserts, a save, a save beyond the columns, and (PostgreSQL) 028's fill of existing rows.
@Suite("Dashboard rows from columns", .timeLimit(.minutes(10)))
struct DashboardColumnsTests {
    @Test("every row's self-score and execution rate equal its document's", arguments: TestDatabase.all)
    func rowsEqualDocuments(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given: rows written in bulk, one saved with a new self-score, one with a rate beyond the columns
            _ = try await DashboardSummaryTests.seed(app)
            let query = DashboardQuery(database: app.db)
            let repository = FluentEvaluationRepository(database: app.db)
            let rows2030 = try await query.rows(year: 2030)
            for (row, stated, executed) in [
                (rows2030[0], ExactDecimal("88.125"), ExactDecimal(5)), (rows2030[1], nil, ExactDecimal(9_000_000)),
            ] {
                let stored = try #require(try await repository.find(id: row.id))
                var edited = stored.evaluation
                edited.statedTotal = stated
                edited.figures["budgetAdjusted"] = ExactDecimal(2)
                edited.figures["budgetExecuted"] = executed
                _ = try await repository.update(
                    id: row.id, expectedVersion: stored.version, evaluation: edited,
                    metrics: EvaluationMetrics(total: 80, grade: .good), by: "test", changes: [])
            }
            // and on PostgreSQL the column emptied and filled again from the documents by 028
            if case .postgres = database {
                try await AddStatedTotal().revert(on: app.db)
                try await AddStatedTotal().prepare(on: app.db)
            }
            // when
            let rows = try await query.rows(year: 2030) + query.rows(year: 2031, kind: .departmentWide)
            // then
            #expect(rows.count > 70)
            #expect(try await query.rows(year: 2030, spilled: true).contains { $0.id == rows2030[1].id })
            for row in rows {
                let evaluation = try #require(try await repository.find(id: row.id)).evaluation
                let rate = DashboardRow.executionRate(
                    budgetAdjusted: evaluation.figures["budgetAdjusted"], budgetExecuted: evaluation.figures["budgetExecuted"])
                #expect(row.statedTotal == evaluation.statedTotal, "\(row.title)")
                #expect(row.executionRate == rate, "\(row.title)")
            }
            #expect(rows.contains { $0.statedTotal == ExactDecimal("88.125") })
            #expect(rows.contains { $0.executionRate == ExactDecimal(4_500_000) })
            #expect(rows.filter { $0.statedTotal != nil }.count > 10)
        }
    }
}
