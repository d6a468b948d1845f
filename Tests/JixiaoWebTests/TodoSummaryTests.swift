import JixiaoCore
import JixiaoStore
import Testing
import Vapor
import VaporTesting

@testable import JixiaoWeb

@Suite("待办 on the home page: monitoring rounds and 整改 items counted as on /todo", .timeLimit(.minutes(10)))
struct TodoSummaryTests {
    @Test("a filer with a returned round and an open 整改 item sees both counted on the home page", arguments: TestDatabase.all)
    func roundsAndRectifications(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given: the filer unit's round sent back to it, and an open 整改 item of the unit
            _ = try await FluentMonitoringRoundRepository(database: app.db).create(
                ResultsPageTests.round(month: 7, status: .returned), by: "测试")
            _ = try await FluentRectificationRepository(database: app.db).create(ResultsPageTests.rectification(.open))
            var filer = try await Browser.signedIn(app, as: "filer"), other = try await Browser.signedIn(app, as: "filer-xinfeng")
            // when
            let home = try await filer.get("/evaluations").body.string
            let todo = try await filer.get("/todo").body.string
            let otherHome = try await other.get("/evaluations").body.string
            // then
            #expect(todo.contains("运行监控表（1）") && todo.contains("整改事项（1）"))
            #expect(home.contains(#"id="todo-count-monitoring">运行监控表 1 项"#))
            #expect(home.contains(#"id="todo-count-rectifications">整改事项 1 项"#))
            #expect(!otherHome.contains("todo-count-monitoring") && !otherHome.contains("todo-count-rectifications"))
        }
    }
}
