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
        },
        StoreCheck(name: "evaluations: a save from a stale read or onto a taken key writes nothing; history once") { db in
            // given: two projects of one unit and year, and a read of the first at version 1
            let repository = FluentEvaluationRepository(database: db)
            let first = try await repository.create(project("热线运维", unit: "fin"), metrics: EvaluationMetrics(), by: "甲")
            let second = try await repository.create(project("数据平台", unit: "fin"), metrics: EvaluationMetrics(), by: "甲")
            var changed = first.evaluation
            changed.filing.phone = "0753-1234567"
            let saved = try await repository.update(
                first, expectedVersion: 1, evaluation: changed, metrics: EvaluationMetrics(total: ExactDecimal(88)), by: "乙",
                changes: EvaluationDiff.changes(from: first.evaluation, to: changed))
            let historyAfterSave = try await repository.history(id: first.id)
            var late = first.evaluation
            late.filing.phone = "020-7654321"
            var renamed = second.evaluation
            renamed.project?.name = "热线运维"
            // when / then: the read at version 1 is stale now
            await #expect(throws: RepositoryError.versionConflict(expected: 1, current: 2)) {
                try await repository.update(
                    first, expectedVersion: 1, evaluation: late, metrics: EvaluationMetrics(), by: "丙",
                    changes: EvaluationDiff.changes(from: first.evaluation, to: late))
            }
            await #expect(throws: RepositoryError.versionConflict(expected: 2, current: 1)) {
                try await repository.update(
                    second, expectedVersion: 2, evaluation: renamed, metrics: EvaluationMetrics(), by: "丙", changes: [])
            }
            await #expect(throws: RepositoryError.duplicate(existingID: first.id)) {
                try await repository.update(
                    second, expectedVersion: 1, evaluation: renamed, metrics: EvaluationMetrics(), by: "丙",
                    changes: EvaluationDiff.changes(from: second.evaluation, to: renamed))
            }
            // then: what the save returned is what is read back; nothing else was written
            let found = try #require(try await repository.find(id: first.id))
            #expect(found.evaluation == saved.evaluation && found.version == saved.version && found.updatedBy == "乙")
            #expect(found.evaluation.filing.phone == "0753-1234567" && found.version == 2)
            #expect(
                try await repository.list(EvaluationFilter(unitCodes: ["fin"])).first { $0.id == first.id }?.metrics.total
                    == ExactDecimal(88))
            #expect(try await repository.history(id: first.id) == historyAfterSave)
            let recorded = historyAfterSave.filter { $0.version == 2 }.map(\.change)
            let expected = EvaluationDiff.changes(from: first.evaluation, to: changed)
            #expect(!expected.isEmpty && recorded.count == expected.count && Set(recorded) == Set(expected))
            #expect(try await repository.document(id: first.id, version: 2) == changed)
            #expect(try await repository.document(id: first.id, version: 3) == nil)
            #expect(try await repository.find(id: second.id)?.version == 1)
            #expect(try await repository.find(id: second.id)?.evaluation.project?.name == "数据平台")
            #expect(try await repository.history(id: second.id).allSatisfy { $0.version == 1 })
        },
    ]

    static func project(_ name: String, unit code: String) -> Evaluation {
        Evaluation(
            kind: .project, unit: Unit(name: "单位 \(code)", code: code), fiscalYear: 2023, frameworkID: "mof-2020-project",
            project: ProjectInfo(name: name))
    }
}
