import Foundation
import JixiaoCore
import JixiaoStore
import Testing
import Vapor
import VaporTesting

@testable import JixiaoWeb

/// 导入预算执行数 and the monitoring downloads (issue 17): a file with problems lists each by file,
/// row and field and changes nothing; a clean one previews old → new and applies in one go, so
/// the filer's round shows the executed figure; the 汇总表 and the round's .docx download.
@Suite("预算执行导入与运行监控导出", .timeLimit(.minutes(10)))
struct ExecutionImportTests {
    /// A round of the accepted example declaration at 2025-07-31 (with the example's values); its id.
    static func round(_ app: Application) async throws -> String {
        let declarationID = try await MonitoringRoundTests.acceptedDeclaration(app)
        var admin = try await Browser.signedIn(app, as: "admin"), filer = try await Browser.signedIn(app, as: "filer")
        _ = try await admin.post("/admin/monitoring-dates", form: ["year": "2025", "dates": "2025-07-31"])
        let created = try await filer.post("/monitoring", form: ["declaration": declarationID, "asOf": "2025-07-31"])
        let id = DeclarationWorkflowTests.id(from: created)
        var form = try MonitoringRoundTests.exampleForm()
        form["version"] = "1"
        _ = try await filer.post("/monitoring/\(id)", form: form)
        return id
    }

    static func upload(_ browser: inout Browser, _ text: String, name: String = "执行.csv") async throws -> TestingHTTPResponse {
        try await browser.upload(
            "/monitoring/execution", fields: [("year", "2025"), ("asOf", "2025-07-31")], fileField: "file", filename: name,
            bytes: Array(text.utf8))
    }

    @Test(
        "problems listed and nothing changed; then a clean file previewed and applied; the filer sees the figure",
        arguments: TestDatabase.all)
    func importFlow(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given
            let id = try await Self.round(app)
            let repository = FluentMonitoringRoundRepository(database: app.db)
            let before = try #require(try await repository.find(id: id))
            var reviewer = try await Browser.signedIn(app, as: "reviewer"), filer = try await Browser.signedIn(app, as: "filer")
            let header = "单位编码,项目名称,月份,支出金额（元）\n"
            // when: a file with an unknown unit and a negative amount
            let bad = try await Self.upload(
                &reviewer,
                header + "\(Fixtures.filerUnit),政务服务热线运行维护,2025-06,300000\nno-such,,2025-06,1\n\(Fixtures.filerUnit),,2025-05,-3\n")
            let unchanged = try #require(try await repository.find(id: id))
            // then
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.body.string.contains("执行.csv 第 3 行「单位编码」：单位编码「no-such」不在单位名录中"))
            #expect(bad.body.string.contains("执行.csv 第 4 行「支出金额（元）」：金额「-3」为负数：执行数不能为负"))
            #expect(!bad.body.string.contains("execution-confirm"))
            #expect(unchanged.version == before.version && unchanged.state.round.budget.executed == before.state.round.budget.executed)
            // when: a clean file (August is past the date and does not count)
            let good = try await Self.upload(
                &reviewer,
                header + "\(Fixtures.filerUnit),政务服务热线运行维护,2025-06,300000\n\(Fixtures.filerUnit),政务服务热线运行维护,2025-07,\"250,000.50\"\n"
                    + "\(Fixtures.filerUnit),政务服务热线运行维护,2025-08,999\n")
            let changes = MonitoringRoundTests.values(of: "value", in: good.body.string).filter { $0.hasPrefix(id + "|") }
            #expect(good.status == .ok && good.body.string.contains("62.50") && good.body.string.contains("55.00005"))
            #expect(changes == ["\(id)|\(before.version)|55.00005"])
            let fields = ["_csrf": reviewer.csrf ?? "", "year": "2025", "asOf": "2025-07-31", "change[]": changes[0]]
            let body = fields.map { "\(Browser.encode($0.key))=\(Browser.encode($0.value))" }.joined(separator: "&")
            let applied = try await reviewer.send(.POST, "/monitoring/execution/apply", body: body, contentType: .urlEncodedForm)
            let after = try #require(try await repository.find(id: id))
            let page = try await filer.get("/monitoring/\(id)").body.string
            let again = try await reviewer.send(.POST, "/monitoring/execution/apply", body: body, contentType: .urlEncodedForm)
            let refused = try await filer.get("/monitoring/execution")
            // then
            #expect(applied.status == .seeOther)
            #expect(after.state.round.budget.executed == ExactDecimal("55.00005")! && after.version == before.version + 1)
            #expect(try await repository.history(id: id).contains { $0.change.field == "budget.executed" && $0.change.new == "55.00005" })
            #expect(page.contains("55.00005"))
            #expect(again.status == .conflict && again.body.string.contains(ExecutionText.conflict))
            #expect(refused.status != .ok)
        }
    }

    @Test("the 汇总表 of the list and the round's Word document download", arguments: TestDatabase.all)
    func downloads(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            let id = try await Self.round(app)
            var reviewer = try await Browser.signedIn(app, as: "reviewer")
            let xlsx = try await reviewer.get("/monitoring/export.xlsx?year=2025&light=red")
            let none = try await reviewer.get("/monitoring/export.xlsx?year=2025&light=blue")
            let docx = try await reviewer.get("/monitoring/\(id)/docx")
            let badLight = try await reviewer.get("/monitoring/export.xlsx?light=purple")
            #expect(xlsx.status == .ok && xlsx.headers.contentType?.subType == "vnd.openxmlformats-officedocument.spreadsheetml.sheet")
            let sheet = try #require(try OfficeXML.part("xl/worksheets/sheet1.xml", of: Data(buffer: xlsx.body)))
            #expect(sheet.texts.contains("工单平均办理时长") && sheet.texts.contains("红灯") && sheet.texts.contains("2025年度　红灯　共 1 轮"))
            let empty = try #require(try OfficeXML.part("xl/worksheets/sheet1.xml", of: Data(buffer: none.body)))
            #expect(!empty.texts.contains("工单平均办理时长"))
            #expect(docx.status == .ok)
            let document = try #require(try OfficeXML.part("word/document.xml", of: Data(buffer: docx.body)))
            #expect(document.texts.contains { $0.contains("绩效运行监控表") } && document.texts.contains("工单平均办理时长"))
            #expect(badLight.status == .badRequest)
        }
    }
}
