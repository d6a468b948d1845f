import FluentKit
import Foundation
import JixiaoCore
import JixiaoStore
import Testing

/// `FluentEvaluationRepository`: versions, conflicts, the one-per-unit-year-kind rule, history.
enum EvaluationChecks {
    static func evaluation(unit code: String, year: Int = 2023) -> Evaluation {
        Evaluation(
            kind: .departmentWide, unit: Unit(name: "单位 \(code)", code: code), fiscalYear: year,
            frameworkID: "guangdong-county-department")
    }

    static let all = [
        StoreCheck(name: "evaluations: saved at the version read, a stale version is a conflict, a second of a year is refused") { db in
            // given
            let repository = FluentEvaluationRepository(database: db)
            let created = try await repository.create(evaluation(unit: "fin"), metrics: EvaluationMetrics(errorCount: 2), by: "甲")
            var changed = created.evaluation
            changed.filing.phone = "0753-1234567"
            // when
            let saved = try await repository.update(
                id: created.id, expectedVersion: 1, evaluation: changed,
                metrics: EvaluationMetrics(), by: "乙",
                changes: EvaluationDiff.changes(from: created.evaluation, to: changed))
            // then
            #expect(saved.version == 2 && saved.updatedBy == "乙")
            #expect(try await repository.find(id: created.id)?.evaluation.filing.phone == "0753-1234567")
            #expect(try await repository.document(id: created.id, version: 1)?.filing.phone == nil)
            #expect(try await repository.document(id: created.id, version: 2)?.filing.phone == "0753-1234567")
            await #expect(throws: RepositoryError.versionConflict(expected: 1, current: 2)) {
                try await repository.update(
                    id: created.id, expectedVersion: 1, evaluation: changed, metrics: EvaluationMetrics(),
                    by: "丙", changes: [])
            }
            await #expect(throws: RepositoryError.duplicate(existingID: created.id)) {
                try await repository.create(evaluation(unit: "fin"), metrics: EvaluationMetrics(), by: "丙")
            }
            #expect(
                try await repository.history(id: created.id).contains {
                    $0.version == 2 && $0.by == "乙" && $0.change.new == "0753-1234567"
                })
            #expect(
                try await repository.counts(EvaluationFilter(unitCodes: ["fin"]))
                    == [StatusCount(fiscalYear: 2023, status: .draft, count: 1)])
        }
    ]
}
