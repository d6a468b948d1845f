import Foundation
import JixiaoCore
import JixiaoStore
import Testing
import Vapor
import VaporTesting

@testable import JixiaoWeb

@Suite("整改 on a monitoring round's page", .timeLimit(.minutes(10)))
struct RectificationRoundPageTests {
    @Test(
        "the reviewer sees the raise form with each target and its light; the filer sees the round's open items and no form",
        arguments: TestDatabase.all)
    func roundPage(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given
            let stored = try await RectificationRoundTests.round(app)
            var reviewer = try await Browser.signedIn(app, as: "reviewer")
            var filer = try await Browser.signedIn(app, as: "filer")
            let before = try await reviewer.get("/monitoring/\(stored.id)").body.string
            // when
            let raised = try await reviewer.post(
                "/rectifications",
                form: [
                    "kind": "monitoring", "subject": stored.id, "target": "2", "requirement": "说明回访量偏低的原因",
                    "deadline": RectificationPageTests.deadline,
                ])
            let unit = try await filer.get("/monitoring/\(stored.id)").body.string
            // then
            #expect(raised.status == .seeOther)
            let panel = HTMLTokens(before).elements
            #expect(panel.contains { $0.attribute("id") == "rectification-raise" })
            #expect(before.contains("本轮监控的整改（0 项未完成）") && before.contains("第 2 行：回访量（未判定）"))
            #expect(before.contains("整轮监控"))
            #expect(unit.contains("本轮监控的整改（1 项未完成）") && unit.contains("说明回访量偏低的原因"))
            #expect(unit.contains("运行监控 · 2024年7月31日监控 · 指标「回访量」") && unit.contains(">答复<"))
            #expect(!unit.contains("rectification-raise"))
        }
    }
}
