import Foundation
import JixiaoCore
import JixiaoStore
import Testing
import Vapor
import VaporTesting

@testable import JixiaoWeb

@Suite("待办 at province scale: /todo selects and pages in the store, its counts equal the home page's", .timeLimit(.minutes(10)))
struct TodoAtScaleTests {
    /// A round of the filer's unit for project `n` (one round per unit, year, project and date).
    static func round(_ n: Int, status: EvaluationStatus) -> MonitoringRoundState {
        var state = ResultsPageTests.round(month: 7, status: status)
        state.round.project = "项目\(n)"
        return state
    }

    @Test(
        "600 rounds of a unit, the one sent back to it the oldest: listed on /todo, and the home count is the list's",
        arguments: TestDatabase.all)
    func actionableAmongTheOldest(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given: the returned round saved first, then 599 accepted ones (nothing for the filer to do)
            let rounds = FluentMonitoringRoundRepository(database: app.db)
            let returned = try await rounds.create(Self.round(0, status: .returned), by: "测试")
            for n in 1..<600 { _ = try await rounds.create(Self.round(n, status: .accepted), by: "测试") }
            var filer = try await Browser.signedIn(app, as: "filer")
            // when
            let todo = try await filer.get("/todo").body.string
            let home = try await filer.get("/evaluations").body.string
            // then
            #expect(todo.contains("/monitoring/\(returned.id)"))
            #expect(todo.contains("运行监控表（1）") && !todo.contains("todo-monitoring-pager"))
            #expect(home.contains(#"id="todo-count-monitoring">运行监控表 1 项"#))
        }
    }

    @Test("130 open 整改 items: /todo heads them with 130 and pages them 100 + 30, the overdue counted over all", arguments: TestDatabase.all)
    func rectificationsPaged(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given: 130 open items of the filer's unit, all past their 2023 deadline
            let items = FluentRectificationRepository(database: app.db)
            for _ in 0..<130 { _ = try await items.create(ResultsPageTests.rectification(.open)) }
            var filer = try await Browser.signedIn(app, as: "filer")
            // when
            let first = try await filer.get("/todo").body.string
            let second = try await filer.get("/todo?rectifications-page=2").body.string
            let bad = try await filer.get("/todo?rectifications-page=0")
            let home = try await filer.get("/evaluations").body.string
            // then
            #expect(home.contains(#"id="todo-count-rectifications">整改事项 130 项"#))
            #expect(first.contains("整改事项（130）") && second.contains("整改事项（130）"))
            #expect(Self.rows(first) == 100 && Self.rows(second) == 30)
            #expect(first.contains("第 1 / 2 页，共 130 项") && first.contains("rectifications-page=2"))
            #expect(second.contains("第 2 / 2 页，共 130 项"))
            #expect(first.contains("有 130 项整改已过期限（逾期）") && second.contains("有 130 项整改已过期限（逾期）"))
            #expect(bad.status == .badRequest)
        }
    }

    /// The 整改 items' rows on a page: each links to its item.
    static func rows(_ page: String) -> Int {
        page.components(separatedBy: #"href="/rectifications/"#).count - 1
    }
}
