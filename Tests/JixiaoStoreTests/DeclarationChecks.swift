import FluentKit
import FluentSQL
import Foundation
import JixiaoCore
import JixiaoStore
import Testing

/// `FluentDeclarationRepository` (migration 023): versions, conflicts, one per unit/year/scope/project, history.
enum DeclarationChecks {
    static func state(unit code: String, project: String? = "热线运维") -> DeclarationState {
        let row = DeclaredRow(
            target: Target(
                levels: ["产出指标", "数量指标"], name: "受理量", direction: .atLeast,
                targetValue: ExactDecimal(60000), unit: "件"))
        return DeclarationState(
            unitCode: code,
            declaration: TargetDeclaration(
                scope: project == nil ? .department : .project, unit: "单位 \(code)", fiscalYear: 2025, project: project, rows: [row]))
    }

    static let all = [
        StoreCheck(name: "declarations: saved at the version read, a stale version is a conflict, a second is refused, history per field") {
            db in
            // given
            let repository = FluentDeclarationRepository(database: db)
            let created = try await repository.create(state(unit: "fin"), by: "甲")
            let department = try await repository.create(state(unit: "fin", project: nil), by: "甲")
            var changed = created.state
            changed.declaration.rows[0].target.unit = "次"
            changed.status = .submitted
            // when
            let saved = try await repository.update(
                id: created.id, expectedVersion: 1, state: changed, by: "乙",
                changes: DeclarationDiff.changes(from: created.state, to: changed))
            // then
            #expect(saved.version == 2 && saved.updatedBy == "乙" && saved.state.status == .submitted)
            #expect(try await repository.find(id: created.id)?.state.declaration.rows[0].target.unit == "次")
            await #expect(throws: RepositoryError.versionConflict(expected: 1, current: 2)) {
                try await repository.update(id: created.id, expectedVersion: 1, state: changed, by: "丙", changes: [])
            }
            await #expect(throws: RepositoryError.duplicate(existingID: created.id)) {
                try await repository.create(state(unit: "fin"), by: "丙")
            }
            let history = try await repository.history(id: created.id)
            #expect(history.contains { $0.version == 1 && $0.change.field == "targets.1.name" && $0.change.new == "受理量" })
            #expect(
                history.contains { $0.version == 2 && $0.change.field == "targets.1.unit" && $0.change.old == "件" && $0.change.new == "次" })
            #expect(history.contains { $0.version == 2 && $0.change.field == "status" && $0.change.new == "已提交" })
            #expect(
                try await repository.list(unitCode: "fin", fiscalYear: 2025, limit: 50).map(\.id).sorted()
                    == [created.id, department.id].sorted())
            #expect(try await repository.list(unitCode: "other", fiscalYear: nil, limit: 50).isEmpty)
        },
        StoreCheck(name: "declarations: the list in plain SQL on the hot-read database (prepared on PostgreSQL) is Fluent's") { db in
            // given: two declarations of one unit and year, one of another unit
            let fluent = FluentDeclarationRepository(database: db)
            let sql = try #require(db as? any SQLDatabase)
            let reader: any SQLDatabase = PreparedPostgresDatabase(database: sql, cache: PostgresStatementCache()) ?? sql
            let plain = FluentDeclarationRepository(database: db, reader: reader)
            let first = try await fluent.create(state(unit: "fin"), by: "甲")
            _ = try await fluent.create(state(unit: "fin", project: nil), by: "乙")
            _ = try await fluent.create(state(unit: "edu"), by: "甲")
            // when / then: twice (the second run uses the prepared statements)
            for _ in 1...2 {
                for (unit, year) in [("fin", 2025), ("fin", nil), (nil, nil), ("edu", 2024)] as [(String?, Int?)] {
                    let expected = try await fluent.list(unitCode: unit, fiscalYear: year, limit: 50)
                    let listed = try await plain.list(unitCode: unit, fiscalYear: year, limit: 50)
                    #expect(listed.map(\.id) == expected.map(\.id) && listed.map(\.state) == expected.map(\.state))
                    #expect(listed.map(\.version) == expected.map(\.version))
                }
            }
            #expect(try await plain.list(unitCode: "fin", fiscalYear: nil, limit: 50).contains { $0.id == first.id })
        },
    ]
}
