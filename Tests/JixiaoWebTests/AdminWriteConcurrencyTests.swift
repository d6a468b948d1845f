import FluentKit
import Foundation
import JixiaoCore
import JixiaoStore
import Testing
import Vapor

@testable import JixiaoWeb

/// Administrators' writes (year settings, fiscal years, units, rule files) run in write
/// transactions: on SQLite behind the write gate like every save, so an administrator who saves
/// while evaluations are being saved gets no "database is locked" (with Fluent's deferred
/// transaction, as before, the read-then-write met a save that committed in between).
@Suite("管理写入与同时进行的评价保存", .timeLimit(.minutes(10)))
struct AdminWriteConcurrencyTests {
    static let years = Array(2021...2026), saves = 12

    static func adminLog(_ detail: String) -> AdminLogEntry {
        AdminLogEntry(by: "系统管理员", action: "并发测试", detail: detail)
    }

    /// A request on event loop `index` (of all of them), as the server makes one per connection:
    /// one `app.db` alone is one loop's single SQLite connection, where writers never meet.
    static func request(_ app: Application, _ index: Int) -> Request {
        let loops = Array(app.eventLoopGroup.makeIterator())
        return Request(application: app, on: loops[index % loops.count])
    }

    /// `count` draft project evaluations of the filer's unit, named `name 1` … `name count`, each saved once.
    static func projects(_ app: Application, count: Int, name: String) async throws -> [StoredEvaluation] {
        let evaluations = FluentEvaluationRepository(database: app.db)
        let unit = try #require(try await FluentAccountRepository(database: app.db).unit(code: Fixtures.filerUnit))
        var stored: [StoredEvaluation] = []
        for n in 1...count {
            let e = Evaluation(
                kind: .project, unit: unit, fiscalYear: 2025, frameworkID: "mof-2020-project", status: .draft,
                project: ProjectInfo(name: "\(name) \(n)"))
            stored.append(try await evaluations.create(e, metrics: EvaluationMetrics(), by: "填报"))
        }
        return stored
    }

    /// Saves `original` with one figure changed, through the request of event loop `task`.
    static func save(_ app: Application, _ task: Int, _ original: StoredEvaluation) async throws {
        var e = original.evaluation
        e.figures["otherIncome"] = ExactDecimal(task + 1)
        _ = try await request(app, task).evaluations.update(
            original, expectedVersion: original.version, evaluation: e, metrics: EvaluationMetrics(),
            by: "填报", changes: [FieldChange(field: "otherIncome", label: "其他收入", old: nil, new: "\(task + 1)")])
    }

    @Test(
        "year settings, fiscal years, units and rule files saved beside evaluation saves: every one succeeds",
        arguments: TestDatabase.all)
    func adminWritesBesideSaves(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given: evaluations of their own projects, each saved once at its own version
            let evaluations = FluentEvaluationRepository(database: app.db)
            let stored = try await Self.projects(app, count: Self.saves, name: "并发项目")
            // when: all at once, each on the request of another event loop
            let saved = try await withThrowingTaskGroup(of: Int.self) { group in
                for (task, original) in stored.enumerated() {
                    group.addTask {
                        try await Self.save(app, task, original)
                        return 0
                    }
                }
                for (task, year) in Self.years.enumerated() {
                    group.addTask {
                        let req = Self.request(app, task + 1)
                        var settings = YearSettings.defaults(year: year)
                        settings.thresholds.budget.yellowFrom = ExactDecimal(45)
                        try await FluentYearSettingsRepository(database: req.db).save(
                            settings, by: "管理员", log: Self.adminLog("年度设置 \(year)"))
                        try await req.fiscalYears.save(FiscalYear(year: year, isOpen: true), by: "管理员", log: Self.adminLog("年度 \(year)"))
                        try await req.units.create(
                            JixiaoCore.Unit(name: "并发单位 \(year)", code: "conc-\(year)", region: "测试"), code: "conc-\(year)",
                            log: Self.adminLog("单位 \(year)"))
                        try await FluentRuleFileRepository(database: req.db).save(
                            RuleFile(
                                kind: .library, name: "并发 \(year)", fileName: "r.yaml", sourceText: "items: []",
                                uploadedBy: "管理员", uploadedAt: Date()),
                            log: Self.adminLog("规则 {version}"))
                        return 1
                    }
                }
                return try await group.reduce(0, +)
            }
            // then
            #expect(saved == Self.years.count)
            for original in stored {
                let after = try #require(try await evaluations.find(id: original.id))
                #expect(after.version == original.version + 1)
            }
            let settings = try await FluentYearSettingsRepository(database: app.db).all().filter { Self.years.contains($0.year) }
            #expect(settings.count == Self.years.count && settings.allSatisfy { $0.thresholds.budget.yellowFrom == ExactDecimal(45) })
            let units = try await FluentAccountRepository(database: app.db).units().compactMap(\.code)
            #expect(Self.years.allSatisfy { units.contains("conc-\($0)") })
            let rules = try await FluentRuleFileRepository(database: app.db).all().filter { $0.name.hasPrefix("并发") }
            #expect(rules.count == Self.years.count)
            let log = try await FluentAdminLog(database: app.db).recent(limit: 100).filter { $0.action == "并发测试" }
            #expect(log.count == Self.years.count * 4)
        }
    }

    @Test("a write transaction's nested admin saves join it: all or nothing, and they never wait on its gate", arguments: TestDatabase.all)
    func nestedSavesJoin(_ database: TestDatabase) async throws {
        struct Stop: Error {}
        try await withJixiaoApp(database) { app in
            // when: two units created inside one write transaction that then fails
            await #expect(throws: Stop.self) {
                try await app.db.writeTransaction { db in
                    for n in 1...2 { try await FluentAccountRepository(database: db).create(Self.unit(n), code: "nested-\(n)") }
                    throw Stop()
                }
            }
            // then: neither is stored; the same, ending well, stores both
            let accounts = FluentAccountRepository(database: app.db)
            let refused = (try await accounts.unit(code: "nested-1"), try await accounts.unit(code: "nested-2"))
            #expect(refused.0 == nil && refused.1 == nil)
            try await app.db.writeTransaction { db in
                for n in 1...2 { try await FluentAccountRepository(database: db).create(Self.unit(n), code: "nested-\(n)") }
            }
            let stored = (try await accounts.unit(code: "nested-1"), try await accounts.unit(code: "nested-2"))
            #expect(stored.0 != nil && stored.1 != nil)
        }
    }

    static func unit(_ n: Int) -> JixiaoCore.Unit { JixiaoCore.Unit(name: "嵌套单位 \(n)", code: "nested-\(n)", region: "测试") }
}
