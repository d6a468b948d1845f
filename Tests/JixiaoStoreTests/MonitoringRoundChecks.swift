import FluentKit
import Foundation
import JixiaoCore
import JixiaoStore
import Testing

/// `FluentMonitoringRoundRepository` (migration 025): versions, conflicts, one per unit/year/project/date,
/// history per field, the monitoring dates of a year.
enum MonitoringRoundChecks {
    static func state(unit code: String, asOf: String = "2025-07-31") -> MonitoringRoundState {
        let target = MonitoredTarget(
            target: Target(
                levels: ["产出指标", "数量指标"], name: "受理量", direction: .atLeast,
                targetValue: ExactDecimal(60000), unit: "件"),
            cumulative: true)
        let round = MonitoringRound(
            unit: "单位 \(code)", fiscalYear: 2025, project: "热线运维", asOf: CalendarDate(asOf)!,
            budget: MonitoredBudget(annual: ExactDecimal(120), executed: .zero), targets: [target])
        return MonitoringRoundState(unitCode: code, declarationID: "d-1", round: round)
    }

    static let all = [
        StoreCheck(
            name: "monitoring rounds: saved at the version read, a stale version is a conflict, a second is refused, history per field"
        ) {
            db in
            // given
            let repository = FluentMonitoringRoundRepository(database: db)
            let july = try await repository.create(state(unit: "fin"), by: "甲")
            let october = try await repository.create(state(unit: "fin", asOf: "2025-10-31"), by: "甲")
            var changed = july.state
            changed.round.targets[0].target.actualValue = ExactDecimal(20000)
            changed.round.budget.executed = ExactDecimal(30)
            changed.status = .submitted
            // when
            let saved = try await repository.update(
                id: july.id, expectedVersion: 1, state: changed, by: "乙",
                changes: MonitoringDiff.changes(from: july.state, to: changed))
            // then
            #expect(saved.version == 2 && saved.updatedBy == "乙" && saved.state.status == .submitted)
            #expect(try await repository.find(id: july.id)?.state.round.targets[0].target.actualValue == ExactDecimal(20000))
            await #expect(throws: RepositoryError.versionConflict(expected: 1, current: 2)) {
                try await repository.update(id: july.id, expectedVersion: 1, state: changed, by: "丙", changes: [])
            }
            await #expect(throws: RepositoryError.duplicate(existingID: july.id)) {
                try await repository.create(state(unit: "fin"), by: "丙")
            }
            let history = try await repository.history(id: july.id)
            #expect(history.contains { $0.version == 1 && $0.change.field == "budget.annual" && $0.change.new == "120" })
            #expect(
                history.contains {
                    $0.version == 2 && $0.change.field == "targets.0.actual" && $0.change.old == nil && $0.change.new == "20000"
                })
            #expect(history.contains { $0.version == 2 && $0.change.field == "status" && $0.change.new == "已提交" })
            #expect(
                try await repository.list(unitCode: "fin", fiscalYear: 2025, limit: 50).map(\.id).sorted()
                    == [july.id, october.id].sorted())
            #expect(try await repository.list(unitCode: "other", fiscalYear: nil, limit: 50).isEmpty)
        },
        StoreCheck(name: "monitoring dates: replaced per year, sorted, duplicates kept once, other years untouched") { db in
            // given
            let repository = FluentMonitoringRoundRepository(database: db)
            let d = { (text: String) in CalendarDate(text)! }
            try await repository.setDates([d("2024-07-31")], fiscalYear: 2024, by: "管理员", log: nil)
            try await repository.setDates([d("2025-10-31"), d("2025-07-31")], fiscalYear: 2025, by: "管理员", log: nil)
            // when
            try await repository.setDates(
                [d("2025-10-31"), d("2025-06-30"), d("2025-10-31")], fiscalYear: 2025, by: "管理员",
                log: AdminLogEntry(by: "管理员", action: "设置监控日期", detail: "2025"))
            // then
            #expect(try await repository.dates(fiscalYear: 2025) == [d("2025-06-30"), d("2025-10-31")])
            #expect(try await repository.dates(fiscalYear: 2024) == [d("2024-07-31")])
            #expect(try await FluentAdminLog(database: db).recent(limit: 5).contains { $0.action == "设置监控日期" })
        },
    ]
}
