import FluentSQL
import Foundation
import JixiaoCore
import JixiaoStore
import Testing
import Vapor

@testable import JixiaoWeb

@Suite("Evaluation counts per year", .timeLimit(.minutes(10)))
struct EvaluationYearCountsTests {
    @Test(
        "the all-units counts (019) follow batch inserts, saves, status changes and deletes, as 014's per unit do",
        arguments: TestDatabase.all)
    func followWrites(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given
            let sql = try #require(app.db as? any SQLDatabase)
            try await LoadSeed.seed(app, count: 120, units: 7)
            let repository = FluentEvaluationRepository(database: app.db)
            let rows = try await repository.list(EvaluationFilter(unitCodes: ["load-00003"], limit: 3))
            #expect(rows.count == 3)
            // when: a status change, a save that keeps the status, a delete
            for (index, row) in rows.prefix(2).enumerated() {
                let stored = try #require(try await repository.find(id: row.id))
                var e = stored.evaluation
                if index == 0 { e.status = e.status == .draft ? .submitted : .draft }
                e.figures["otherIncome"] = ExactDecimal(7)
                _ = try await repository.update(
                    id: row.id, expectedVersion: stored.version, evaluation: e, metrics: .init(),
                    by: "test", changes: [])
            }
            try await sql.delete(from: "evaluations").where("id", .equal, UUID(uuidString: rows[2].id)).run()
            // then
            let truth = try await sql.raw(
                """
                SELECT fiscal_year, status, COUNT(*) AS n FROM evaluations GROUP BY fiscal_year, status
                """
            ).all().map {
                StatusCount(
                    fiscalYear: try $0.decode(column: "fiscal_year", as: Int.self),
                    status: EvaluationStatus(rawValue: try $0.decode(column: "status", as: String.self))!,
                    count: try $0.decode(column: "n", as: Int.self))
            }
            let all = try await repository.counts(EvaluationFilter())
            let perUnit = try await repository.counts(EvaluationFilter(unitCodes: try await Self.unitCodes(sql)))
            #expect(Set(all) == Set(truth))
            #expect(Set(perUnit) == Set(truth))
            let (_, total) = try await repository.page(EvaluationFilter(fiscalYear: 2019))
            #expect(total == truth.filter { $0.fiscalYear == 2019 }.reduce(0) { $0 + $1.count })
        }
    }

    static func unitCodes(_ sql: any SQLDatabase) async throws -> [String] {
        try await sql.raw("SELECT DISTINCT unit_code FROM evaluations").all().map { try $0.decode(column: "unit_code", as: String.self) }
    }
}
