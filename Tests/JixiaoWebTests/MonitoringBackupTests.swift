import Foundation
import JixiaoCore
import JixiaoStore
import Testing
import Vapor

@testable import JixiaoWeb

/// Backups carry monitoring rounds, their history and the monitoring dates (format 5); a format-4
/// backup, which lacks the keys, still reads.
@Suite("运行监控：备份", .timeLimit(.minutes(10)))
struct MonitoringBackupTests {
    @Test(
        "a backup carries the rounds, their history and the dates; restored, they read as before; format 4 still reads",
        arguments: TestDatabase.all)
    func backup(_ database: TestDatabase) async throws {
        // given a round changed once and the year's dates, exported
        let exported: (Data, StoredMonitoringRound, [HistoryEntry])? = try await withJixiaoApp(database) { app in
            let repository = FluentMonitoringRoundRepository(database: app.db)
            try await repository.setDates([CalendarDate("2025-07-31")!], fiscalYear: 2025, by: "管理员", log: nil)
            let created = try await repository.create(MonitoringRoundChecksForWeb.state(), by: "甲")
            var changed = created.state
            changed.round.budget.executed = ExactDecimal(30)
            let saved = try await repository.update(
                id: created.id, expectedVersion: 1, state: changed, by: "乙",
                changes: MonitoringDiff.changes(from: created.state, to: changed))
            return (try await DatabaseBackup.export(from: app.db).json(), saved, try await repository.history(id: created.id))
        }
        let (data, saved, history) = try #require(exported)
        // when it is restored into an emptied database
        let restored: (StoredMonitoringRound?, [HistoryEntry], [CalendarDate])? = try await withJixiaoApp(database) { app in
            try await BackupAndExportTests.empty(app.db)
            try await DatabaseBackup.read(data).restore(into: app.db)
            let repository = FluentMonitoringRoundRepository(database: app.db)
            return (
                try await repository.find(id: saved.id), try await repository.history(id: saved.id),
                try await repository.dates(fiscalYear: 2025)
            )
        }
        // then
        let (found, restoredHistory, dates) = try #require(restored)
        #expect(try DatabaseBackup.read(data).format == "jixiao-backup-5")
        #expect(found?.state == saved.state && found?.version == 2 && found?.updatedBy == "乙")
        #expect(restoredHistory.map(\.change) == history.map(\.change) && history.count > 2)
        #expect(dates == [CalendarDate("2025-07-31")!])
        var older = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        for key in ["monitoringRounds", "monitoringHistory", "monitoringDates"] { older[key] = nil }
        older["format"] = "jixiao-backup-4"
        let four = try DatabaseBackup.read(try JSONSerialization.data(withJSONObject: older))
        #expect(four.monitoringRounds.isEmpty && four.monitoringDates.isEmpty && four.units.count > 0)
    }
}

/// A small round of the filer's unit for web tests.
enum MonitoringRoundChecksForWeb {
    static func state() -> MonitoringRoundState {
        let target = MonitoredTarget(
            target: Target(levels: ["产出指标", "数量指标"], name: "受理量", direction: .atLeast, targetValue: ExactDecimal(60000), unit: "件"),
            cumulative: true)
        let round = MonitoringRound(
            unit: "五华县政务服务数据管理局", fiscalYear: 2025, project: "热线运维", asOf: CalendarDate("2025-07-31")!,
            budget: MonitoringRound.budgetFixture, targets: [target])
        return MonitoringRoundState(unitCode: Fixtures.filerUnit, declarationID: "d-1", round: round)
    }
}

extension MonitoringRound {
    fileprivate static let budgetFixture = MonitoredBudget(annual: ExactDecimal(120), executed: .zero)
}

/// The self-evaluation starts with the declared targets and the last round's actuals (cycle.md §4).
@Suite("运行监控 → 自评", .timeLimit(.minutes(10)))
struct MonitoredActualsFlowTests {
    @Test(
        "a new project evaluation starts with the actuals of the latest round of its declaration; another project's round fills nothing",
        arguments: TestDatabase.all)
    func actualsFilled(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given: the accepted 2023 project declaration, a June and a July round of it, and a round of another project
            var example = try DeclarationWorkflowTests.example()
            example.fiscalYear = 2023
            let declaration = try await FluentDeclarationRepository(database: app.db).create(
                DeclarationState(unitCode: Fixtures.filerUnit, declaration: example, status: .accepted), by: "甲")
            let rounds = FluentMonitoringRoundRepository(database: app.db)
            for (date, actual, project) in [
                ("2023-06-30", 20000, example.project), ("2023-07-31", 33000, example.project), ("2023-08-31", 50000, "别的项目"),
            ] {
                var state = try MonitoringStart.round(
                    from: DeclarationState(unitCode: Fixtures.filerUnit, declaration: example, status: .accepted),
                    declarationID: declaration.id, asOf: CalendarDate(date)!, dates: [CalendarDate(date)!]
                ).get()
                state.round.project = project
                state.round.targets[0].target.actualValue = ExactDecimal(actual)
                _ = try await rounds.create(state, by: "甲")
            }
            var filer = try await Browser.signedIn(app, as: "filer")
            // when
            let created = try await filer.post(
                "/evaluations",
                form: ["framework": "mof-2020-project", "year": "2023", "unit": Fixtures.filerUnit, "project": example.project ?? ""])
            let id = DeclarationWorkflowTests.id(from: created)
            let targets = try #require(try await FluentEvaluationRepository(database: app.db).find(id: id)).evaluation.targets
            // then: the July round's actual, the declared value kept
            #expect(targets.first?.name == example.rows.first?.target.name)
            #expect(targets.first?.actualValue == ExactDecimal(33000))
            #expect(targets.first?.targetValue == example.rows.first?.target.targetValue)
            #expect(targets.dropFirst().allSatisfy { $0.actualValue == nil })
        }
    }
}
