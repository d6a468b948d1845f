import FluentSQL
import Foundation
import JixiaoCore
import JixiaoStore
import Testing
import Vapor

@testable import JixiaoWeb

@Suite("Load seed", .timeLimit(.minutes(10)))
struct LoadSeedTests {
    @Test(
        "web-seed writes evaluations, versions, history and counts in batches; a second run adds more",
        arguments: TestDatabase.all)
    func seedsInBatches(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given: more than one transaction (2,000) and more than one INSERT (1,000 rows)
            guard let sql = app.db as? any SQLDatabase else { throw Abort(.internalServerError) }
            let before = try await EvaluationRecord.query(on: app.db).count()
            // when
            try await LoadSeed.seed(app, count: 2_300, units: 40)
            try await LoadSeed.seed(app, count: 10, units: 40)
            // then
            let after = try await EvaluationRecord.query(on: app.db).count()
            #expect(after == before + 2_310)
            #expect(try await Self.count(sql, "SELECT COUNT(*) AS n FROM units WHERE code LIKE 'load-%'") == 40)
            #expect(
                try await Self.count(
                    sql,
                    "SELECT COUNT(*) AS n FROM evaluation_versions v JOIN evaluations e "
                        + "ON e.id = v.evaluation_id WHERE e.unit_code LIKE 'load-%'") == 2_310)
            let mismatched = try await sql.raw(
                """
                SELECT g.unit_code FROM (SELECT unit_code, fiscal_year, status, COUNT(*) AS c FROM evaluations \
                GROUP BY unit_code, fiscal_year, status) g LEFT JOIN evaluation_counts ec ON ec.unit_code = g.unit_code \
                AND ec.fiscal_year = g.fiscal_year AND ec.status = g.status WHERE ec.n IS NULL OR ec.n <> g.c
                """
            ).all()
            #expect(mismatched.isEmpty)
            #expect(try await Self.count(sql, "SELECT CAST(SUM(n) AS BIGINT) AS n FROM evaluation_counts") == after)
            // A seeded evaluation reads back whole, with its history.
            let repository = FluentEvaluationRepository(database: app.db)
            let page = try await repository.list(EvaluationFilter(unitCodes: ["load-00007"]))
            let id = try #require(page.first?.id)
            let stored = try #require(try await repository.find(id: id))
            #expect(stored.evaluation.unit.code == "load-00007")
            #expect(stored.evaluation.project?.name.hasPrefix("负载测试项目 ") == true)
            #expect(stored.version == 1)
            #expect(!(try await repository.history(id: stored.id)).isEmpty)
        }
    }

    static func count(_ sql: any SQLDatabase, _ query: String) async throws -> Int? {
        try await sql.raw(SQLQueryString(query)).first()?.decode(column: "n", as: Int.self)
    }
}
