import Foundation
import JixiaoCore
import JixiaoStore
import Testing
import Vapor
import VaporTesting

@testable import JixiaoWeb

@Suite("Administration: a year's monitoring thresholds and result-use rules", .timeLimit(.minutes(10)))
struct YearSettingsPageTests {
    static func form(_ changes: [String: String]) -> [String: String] {
        YearSettings.defaults(year: 2024).formTexts.merging(changes) { _, new in new }
    }

    @Test(
        "the form shows the defaults; a bad value is refused at its field with the text kept; saved, logged, reset",
        arguments: TestDatabase.all)
    func setAndReset(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given
            var admin = try await Browser.signedIn(app, as: "admin")
            var reviewer = try await Browser.signedIn(app, as: "reviewer")
            // when
            let adminPage = try await admin.get("/admin")
            let first = try await admin.get("/admin/years/2024/settings")
            let refused = try await admin.post(
                "/admin/years/2024/settings",
                form: Self.form(["budget.yellowFrom": "八十", "target.blueFrom": "70", "rule.good": HostileText.text + "超过三十个字的建议"]))
            let saved = try await admin.post(
                "/admin/years/2024/settings", form: Self.form(["budget.yellowFrom": "55.5", "rule.fair": "压减 10%"]))
            let after = try await admin.get("/admin/years/2024/settings?done=saved")
            let stored = try await FluentYearSettingsRepository(database: app.db).thresholds(for: 2024)
            let rules = try await FluentYearSettingsRepository(database: app.db).resultRules(for: 2024)
            let log = try await FluentAdminLog(database: app.db).recent()
            let reset = try await admin.post("/admin/years/2024/settings", form: ["reset": "1"])
            let resetStored = try await FluentYearSettingsRepository(database: app.db).settings(for: 2024)
            let forbidden = try await reviewer.get("/admin/years/2024/settings")
            let unknown = try await admin.get("/admin/years/2099/settings")
            // then
            #expect(adminPage.body.string.contains("href=\"/admin/years/2024/settings\""))
            #expect(first.status == .ok)
            #expect(first.body.string.contains("id=\"budget.yellowFrom\" value=\"60\""))
            #expect(first.body.string.contains("现行预算执行灯：红灯 低于 60%；黄灯 不低于 60% 且低于 80%；绿灯 不低于 80%"))
            #expect(first.body.string.contains("value=\"取消或暂停\""))
            #expect(refused.status == .unprocessableEntity)
            let html = refused.body.string
            #expect(html.contains("有 3 处需要修改，未保存。"))
            #expect(html.contains("预算执行灯的黄灯下限「八十」不是数值（例如 60 或 62.5）"))
            #expect(html.contains("目标完成灯的蓝灯下限不能小于目标完成灯的绿灯下限"))
            #expect(html.contains("等级「良」的预算安排建议有"))
            #expect(html.contains("value=\"八十\""))
            #expect(HostileText.problems(html).isEmpty)
            #expect(HostileText.showsLiterally(html, HostileText.text + "超过三十个字的建议"))
            #expect(saved.status == .seeOther)
            #expect(saved.headers.first(name: .location) == "/admin/years/2024/settings?done=saved")
            #expect(after.body.string.contains("监控阈值与结果应用规则已保存。"))
            #expect(after.body.string.contains("现行预算执行灯：红灯 低于 55.5%"))
            #expect(stored.budget == LightBands(yellowFrom: ExactDecimal("55.5")!, greenFrom: 80))
            #expect(stored.fiscalYear == 2024)
            #expect(rules.treatment(for: .fair) == "压减 10%")
            #expect(log.first?.action == "修改年度监控与结果应用设置")
            #expect(log.first?.detail.hasPrefix("2024：预算执行灯 黄灯自 55.5%，绿灯自 80%；") == true)
            #expect(log.first?.detail.contains("中 压减 10%") == true)
            #expect(reset.status == .seeOther)
            #expect(resetStored == .defaults(year: 2024))
            #expect(forbidden.status == .forbidden)
            #expect(unknown.status == .notFound)
        }
    }
}
