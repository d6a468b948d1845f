import Foundation
import JixiaoCore
import JixiaoStore
import Testing
import Vapor
import VaporTesting

@testable import JixiaoWeb

@Suite("整改 on monitoring rounds", .timeLimit(.minutes(10)))
struct RectificationRoundTests {
    /// A 2024 round of the filer's unit with two targets.
    static func round(_ app: Application) async throws -> StoredMonitoringRound {
        func target(_ name: String) -> MonitoredTarget {
            MonitoredTarget(
                target: Target(levels: ["产出指标", "数量指标"], name: name, direction: .atLeast, targetValue: ExactDecimal(100), unit: "件"),
                cumulative: true)
        }
        let round = MonitoringRound(
            unit: "五华县政务服务数据管理局", fiscalYear: 2024, project: nil, asOf: CalendarDate(year: 2024, month: 7, day: 31),
            budget: MonitoredBudget(annual: ExactDecimal(120), executed: ExactDecimal(10)), targets: [target("受理量"), target("回访量")])
        return try await FluentMonitoringRoundRepository(database: app.db).create(
            MonitoringRoundState(unitCode: Fixtures.filerUnit, declarationID: "d-1", round: round), by: "测试")
    }

    @Test(
        "one target or the whole round; a row that does not exist is refused; both show on the review page of that unit and year",
        arguments: TestDatabase.all)
    func onRound(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given
            let stored = try await Self.round(app)
            let evaluation = try await Fixtures.evaluationID(app)
            var reviewer = try await Browser.signedIn(app, as: "reviewer")
            let form = [
                "kind": "monitoring", "subject": stored.id, "requirement": "说明回访量偏低的原因", "deadline": RectificationPageTests.deadline,
            ]
            // when
            var one = form
            one["target"] = "2"
            let target = try await reviewer.post("/rectifications", form: one)
            let whole = try await reviewer.post("/rectifications", form: form)
            var missing = form
            missing["target"] = "3"
            let refused = try await reviewer.post("/rectifications", form: missing)
            let review = try await reviewer.get("/review/\(evaluation)").body.string
            let items = try await FluentRectificationRepository(database: app.db).list(RectificationFilter(subjectID: stored.id))
            // then
            #expect(target.status == .seeOther && whole.status == .seeOther)
            #expect(refused.status == .unprocessableEntity && refused.body.string.contains("监控指标第 3 行不存在（该监控共 2 个指标）"))
            #expect(refused.body.string.contains("第 2 行：回访量"))
            #expect(Set(items.map(\.item.subject.targetName)) == [nil, "回访量"])
            #expect(items.allSatisfy { $0.item.fiscalYear == 2024 && $0.item.unitCode == Fixtures.filerUnit })
            #expect(review.contains("运行监控 · 2024年7月31日监控 · 指标「回访量」") && review.contains("运行监控 · 2024年7月31日监控 · 整轮"))
        }
    }
}
