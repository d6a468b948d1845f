import Foundation
import JixiaoCore
import JixiaoRender
import JixiaoStore
import Testing
import Vapor
import VaporTesting

@testable import JixiaoWeb

@Suite("结果应用: per unit the grade, the latest lights, open rectifications and the suggested treatment", .timeLimit(.minutes(10)))
struct ResultsPageTests {
    /// A round of the filer's unit in 2023 to the end of `month`: 30 of 120 万元 executed.
    static func round(month: Int, status: EvaluationStatus) -> MonitoringRoundState {
        let round = MonitoringRound(
            unit: "五华县政务服务数据管理局", fiscalYear: 2023,
            asOf: CalendarDate(year: 2023, month: month, day: CalendarDate.daysIn(month: month, year: 2023)),
            budget: MonitoredBudget(annual: 120, executed: 30))
        return MonitoringRoundState(unitCode: Fixtures.filerUnit, declarationID: "d-1", round: round, status: status)
    }

    static func rectification(_ status: RectificationStatus) -> Rectification {
        var item = Rectification(
            subject: RectificationSubject(kind: .monitoring, id: "r-1", title: "运行监控"), unitCode: Fixtures.filerUnit,
            unitName: "五华县政务服务数据管理局", fiscalYear: 2023, requirement: "加快执行",
            deadline: CalendarDate(year: 2023, month: 12, day: 31), raisedBy: "财政审核员", raisedAt: Date())
        item.status = status
        return item
    }

    @Test(
        "one row per unit from one query per source, the year's thresholds and rules applied; filters; the .xlsx",
        arguments: TestDatabase.all)
    func resultsView(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given: the filer unit's accepted 2023 self-evaluation, rounds (the latest submitted one is July's;
            // September's is a draft), one open and one closed rectification, and 2023's own settings
            let id = try await Fixtures.completeEvaluationID(app)
            try await ReviewFixtures.set(app, id, status: .accepted)
            let rounds = FluentMonitoringRoundRepository(database: app.db)
            _ = try await rounds.create(Self.round(month: 6, status: .accepted), by: "测试")
            _ = try await rounds.create(Self.round(month: 7, status: .submitted), by: "测试")
            _ = try await rounds.create(Self.round(month: 9, status: .draft), by: "测试")
            let rectifications = FluentRectificationRepository(database: app.db)
            _ = try await rectifications.create(Self.rectification(.open))
            _ = try await rectifications.create(Self.rectification(.closed))
            var admin = try await Browser.signedIn(app, as: "admin")
            var settings = YearSettings.defaults(year: 2023).formTexts
            settings["budget.yellowFrom"] = "40"
            for grade in Grade.allCases { settings[YearSettings.ruleField(grade)] = "\(grade.rawValue)档<b>安排</b>" }
            let saved = try await admin.post("/admin/years/2023/settings", form: settings)
            let grade = try #require(
                try await DashboardQuery(database: app.db).rows(year: 2023, unitCodes: [Fixtures.filerUnit], kind: .departmentWide)
                    .first?.grade)
            var reviewer = try await Browser.signedIn(app, as: "reviewer")
            var filer = try await Browser.signedIn(app, as: "filer")
            // when
            let all = try await reviewer.get("/results?year=2023")
            let one = try await reviewer.get("/results?year=2023&unit=\(Fixtures.filerUnit)")
            let yellow = try await reviewer.get("/results?year=2023&light=yellow")
            let ungraded = try await reviewer.get("/results?year=2023&grade=none&unit=\(Fixtures.filerUnit)")
            let badGrade = try await reviewer.get("/results?year=2023&grade=A")
            let export = try await reviewer.get("/results/export.xlsx?year=2023&unit=\(Fixtures.filerUnit)")
            let forbidden = try await filer.get("/results?year=2023")
            // then: July's round under 2023's thresholds: 25.00% ÷ 58.33% = 42.86% is yellow from 40 (red by the table)
            #expect(saved.status == .seeOther)
            #expect(all.status == .ok)
            let units = try await FluentAccountRepository(database: app.db).storedUnits()
            #expect(all.body.string.contains("共 \(units.count) 个单位。"))
            let html = one.body.string
            #expect(html.contains("共 1 个单位。"))
            let row = [
                Fixtures.filerUnit, "五华县政务服务数据管理局", "财政已审", grade.rawValue,
            ].map { "<td>\(HTMLEscape.escape($0))</td>" }.joined()
            #expect(html.contains(row))
            #expect(html.contains("<td>2023-07-31</td><td>黄灯</td><td>黄灯</td><td>25.00%</td><td>58.33%</td><td>1</td>"))
            let treatment = "\(grade.rawValue)档<b>安排</b>"
            #expect(
                html.contains(
                    "<td>\(HTMLEscape.escape(treatment))</td><td>\(HTMLEscape.escape("自评等级 \(grade.rawValue) → \(treatment)"))</td>"))
            #expect(!html.contains("<b>安排</b>"))
            #expect(yellow.body.string.contains("共 1 个单位。"))
            #expect(ungraded.body.string.contains("共 0 个单位。"))
            #expect(badGrade.status == .badRequest)
            #expect(forbidden.status == .forbidden)
            #expect(export.status == .ok)
            let sheet = try #require(try OfficeXML.part("xl/worksheets/sheet1.xml", of: Data(buffer: export.body)))
            #expect(sheet.texts.contains("2023年度绩效评价结果应用"))
            #expect(sheet.texts.contains("预算执行率（%）"))
            #expect(sheet.texts.contains("自评等级 \(grade.rawValue) → \(treatment)"))
            #expect(sheet.texts.contains("黄灯"))
            // the light cells (总体监控灯 G, 预算执行灯 H) carry their light's fill; the cells beside them none
            let bytes = Data(buffer: export.body)
            #expect(try XlsxFill.of("G5", in: bytes) == CellFill.yellow.rgb)
            #expect(try XlsxFill.of("H5", in: bytes) == CellFill.yellow.rgb)
            #expect(try XlsxFill.of("F5", in: bytes) == nil && XlsxFill.of("I5", in: bytes) == nil)
        }
    }
}
