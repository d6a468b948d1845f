import Foundation
import JixiaoCore
import JixiaoStore
import Testing
import Vapor

@testable import JixiaoWeb

/// The budget execution import saves its rounds in one write transaction
/// (`MonitoringRoundRepository.updateAll`); on SQLite it queues behind the write gate like every
/// other save, so imports and saves that run at the same time all land (with Fluent's own
/// transaction, as before, a batch met "database is locked" here).
@Suite("预算执行导入与同时进行的保存", .timeLimit(.minutes(10)))
struct ExecutionImportConcurrencyTests {
    static let batches = 4, perBatch = 5, singles = 12

    static func round(_ index: Int) -> MonitoringRoundState {
        MonitoringRoundState(
            unitCode: Fixtures.filerUnit, declarationID: "d-1",
            round: MonitoringRound(
                unit: "单位", fiscalYear: 2025, project: "项目\(index)", asOf: CalendarDate(year: 2025, month: 7, day: 31),
                budget: MonitoredBudget(annual: 100, executed: 1)),
            status: .draft)
    }

    static func executed(_ stored: StoredMonitoringRound, _ value: ExactDecimal) -> MonitoringRoundUpdate {
        var state = stored.state
        state.round.budget.executed = value
        return MonitoringRoundUpdate(
            id: stored.id, expectedVersion: stored.version, state: state,
            changes: [FieldChange(field: "budget.executed", label: "执行数", old: "1", new: value.description)])
    }

    @Test(
        "imports of several rounds each and single saves at the same time: every one succeeds, each round saved once",
        arguments: TestDatabase.all)
    func importsBesideSaves(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given
            let rounds = FluentMonitoringRoundRepository(database: app.db)
            var stored: [StoredMonitoringRound] = []
            for index in 0..<(Self.batches * Self.perBatch + Self.singles) {
                stored.append(try await rounds.create(Self.round(index), by: "测试"))
            }
            let batches = (0..<Self.batches).map { batch in
                stored[(batch * Self.perBatch)..<((batch + 1) * Self.perBatch)].map { Self.executed($0, 50) }
            }
            let singles = stored[(Self.batches * Self.perBatch)...].map { Self.executed($0, 70) }
            // when: every import and every save started together, on the connections of every event loop as
            // requests are (one `app.db` is one loop's single SQLite connection, where writers never meet)
            let loops = Array(app.eventLoopGroup.makeIterator())
            let repository: @Sendable (Int) -> FluentMonitoringRoundRepository = {
                FluentMonitoringRoundRepository(database: app.databases.database(logger: app.logger, on: loops[$0 % loops.count])!)
            }
            let saved = try await withThrowingTaskGroup(of: Int.self) { group in
                for (task, batch) in batches.enumerated() {
                    group.addTask { try await repository(task).updateAll(batch, by: "财政").count }
                }
                for (task, single) in singles.enumerated() {
                    group.addTask {
                        _ = try await repository(task + 1).update(
                            id: single.id, expectedVersion: single.expectedVersion, state: single.state, by: "填报", changes: single.changes)
                        return 1
                    }
                }
                return try await group.reduce(0, +)
            }
            // then
            #expect(saved == stored.count)
            let after = try await rounds.list(unitCode: Fixtures.filerUnit, fiscalYear: 2025, limit: 100)
            #expect(after.count == stored.count && after.allSatisfy { $0.version == 2 })
            #expect(after.filter { $0.state.round.budget.executed == ExactDecimal(50) }.count == Self.batches * Self.perBatch)
            #expect(after.filter { $0.state.round.budget.executed == ExactDecimal(70) }.count == Self.singles)
        }
    }
}
