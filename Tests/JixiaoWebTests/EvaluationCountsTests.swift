import FluentSQL
import Foundation
import JixiaoCore
import JixiaoStore
import Testing
import Vapor

@testable import JixiaoWeb

@Suite("Evaluation counts", .timeLimit(.minutes(10)))
struct EvaluationCountsTests {
    @Test("the counts by year and status follow inserts, status changes and deletes", arguments: TestDatabase.all)
    func countsFollowWrites(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given
            guard let unit = try await FluentAccountRepository(database: app.db).unit(code: Fixtures.filerUnit),
                let sql = app.db as? any SQLDatabase
            else { throw Abort(.notFound) }
            let repository = FluentEvaluationRepository(database: app.db)
            let draft = Evaluation(kind: .departmentWide, unit: unit, fiscalYear: 2031, frameworkID: "guangdong-county-department")
            var stored: [StoredEvaluation] = []
            for i in 0..<3 {
                // Three projects: one unit has one evaluation per year, kind and project.
                var project = draft
                project.kind = .project
                project.project = ProjectInfo(name: "计数项目 \(i)")
                stored.append(try await repository.create(project, metrics: .init(), by: "test"))
            }
            let filter = EvaluationFilter(unitCodes: [Fixtures.filerUnit], fiscalYear: 2031)
            let afterInsert = try await repository.counts(filter)
            // when
            var submitted = stored[0].evaluation
            submitted.status = .submitted
            _ = try await repository.update(
                id: stored[0].id, expectedVersion: 1, evaluation: submitted, metrics: .init(),
                by: "test", changes: [])
            _ = try await repository.update(
                id: stored[1].id, expectedVersion: 1, evaluation: stored[1].evaluation,
                metrics: .init(), by: "test", changes: [])
            try await sql.delete(from: "evaluations").where("id", .equal, UUID(uuidString: stored[2].id)).run()
            let afterChanges = try await repository.counts(filter)
            let otherYear = try await repository.counts(EvaluationFilter(unitCodes: [Fixtures.filerUnit], fiscalYear: 2032))
            // then
            #expect(afterInsert == [StatusCount(fiscalYear: 2031, status: .draft, count: 3)])
            #expect(
                Set(afterChanges) == [
                    StatusCount(fiscalYear: 2031, status: .draft, count: 1),
                    StatusCount(fiscalYear: 2031, status: .submitted, count: 1),
                ])
            #expect(otherYear.isEmpty)
        }
    }
}
