import Foundation
import JixiaoCore
import JixiaoFiles
import JixiaoStore
import Testing
import Vapor
import VaporTesting

@testable import JixiaoWeb

/// Monitoring rounds on the web (issue 17): dates per year, rounds from accepted declarations,
/// entry with lights, the review cycle, and the same lights from the CLI, the page and the API.
@Suite("运行监控（网页与 API）", .timeLimit(.minutes(10)))
struct MonitoringRoundTests {
    static let exampleURL = Fixtures.packageRoot().appendingPathComponent("examples/monitoring-project-2025-07.yaml")

    /// The accepted project declaration of the examples in the filer's unit; its id.
    static func acceptedDeclaration(_ app: Application) async throws -> String {
        let example = try DeclarationWorkflowTests.example()
        return try await FluentDeclarationRepository(database: app.db).create(
            DeclarationState(unitCode: Fixtures.filerUnit, declaration: example, status: .accepted), by: "甲"
        ).id
    }

    /// The form fields of the example round's values.
    static func exampleForm() throws -> [String: String] {
        let round = try MonitoringReader.read(url: exampleURL).round
        var form = MonitoringFields.texts(round)
        form["asOf"] = nil
        return form
    }

    static func values(of attribute: String, in html: String) -> [String] {
        DeclarationAPITests.values(of: attribute, in: html)
    }

    @Test(
        "dates set by the administrator (a date outside the year refused at its field); a round made from the accepted declaration, filled, red with its arithmetic, submitted, approved, accepted",
        arguments: TestDatabase.all)
    func flow(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given
            let declarationID = try await Self.acceptedDeclaration(app)
            var admin = try await Browser.signedIn(app, as: "admin"), filer = try await Browser.signedIn(app, as: "filer")
            var approver = try await Browser.signedIn(app, as: "approver"), reviewer = try await Browser.signedIn(app, as: "reviewer")
            // when: dates, one of them outside the year first
            let badDates = try await admin.post("/admin/monitoring-dates", form: ["year": "2025", "dates": "2025-07-31\n2026-01-31"])
            let goodDates = try await admin.post("/admin/monitoring-dates", form: ["year": "2025", "dates": "2025-07-31, 2025-10-31"])
            let wrongDate = try await filer.post("/monitoring", form: ["declaration": declarationID, "asOf": "2025-06-30"])
            let created = try await filer.post("/monitoring", form: ["declaration": declarationID, "asOf": "2025-07-31"])
            let id = DeclarationWorkflowTests.id(from: created)
            let fresh = try #require(try await FluentMonitoringRoundRepository(database: app.db).find(id: id))
            var form = try Self.exampleForm()
            form["version"] = "1"
            let saved = try await filer.post("/monitoring/\(id)", form: form)
            let page = try await filer.get("/monitoring/\(id)").body.string
            let submitted = try await filer.post("/monitoring/\(id)/workflow", form: ["action": "submit", "version": "2"])
            let approved = try await approver.post("/monitoring/\(id)/workflow", form: ["action": "approve", "version": "3"])
            let accepted = try await reviewer.post("/monitoring/\(id)/workflow", form: ["action": "accept", "version": "4"])
            let list = try await reviewer.get("/monitoring?light=red").body.string
            let stored = try #require(try await FluentMonitoringRoundRepository(database: app.db).find(id: id))
            // then
            #expect(badDates.status == .unprocessableEntity && badDates.body.string.contains("2026-01-31 不在 2025 年度内"))
            #expect(goodDates.status == .seeOther)
            #expect(wrongDate.status == .unprocessableEntity && wrongDate.body.string.contains("不是该年度的监控日期"))
            #expect(created.status == .seeOther)
            #expect(fresh.state.round.targets.map(\.target.name) == (try DeclarationWorkflowTests.example()).rows.map(\.target.name))
            #expect(fresh.state.round.budget.annual == ExactDecimal(120))
            #expect(saved.status == .seeOther)
            #expect(page.contains("data-light=\"red\"") && page.contains("5.2") && page.contains("红灯"))
            #expect([submitted.status, approved.status, accepted.status] == [.seeOther, .seeOther, .seeOther])
            #expect(stored.state.status == .accepted && stored.version == 5)
            #expect(list.contains("/monitoring/\(id)"))
            let history = try await FluentMonitoringRoundRepository(database: app.db).history(id: id)
            #expect(history.contains { $0.change.field == "targets.5.actual" && $0.change.new == "5.2" })
        }
    }

    @Test(
        "a missing reason blocks 提交 and shows at the row's 偏差原因; a number that cannot be read is refused at its field",
        arguments: TestDatabase.all)
    func refusals(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given: a round with the example's values, but the red row's reason left out
            let declarationID = try await Self.acceptedDeclaration(app)
            try await FluentMonitoringRoundRepository(database: app.db).setDates(
                [CalendarDate("2025-07-31")!], fiscalYear: 2025, by: "管理员", log: nil)
            var filer = try await Browser.signedIn(app, as: "filer")
            let id = DeclarationWorkflowTests.id(
                from: try await filer.post("/monitoring", form: ["declaration": declarationID, "asOf": "2025-07-31"]))
            var form = try Self.exampleForm()
            form["targets.5.deviationReason"] = ""
            form["version"] = "1"
            // when
            let submit = try await filer.post("/monitoring/\(id)/workflow", form: form.merging(["action": "submit"]) { _, b in b })
            var bad = form
            bad["targets.0.actual"] = "三万"
            bad["version"] = "2"
            let refused = try await filer.post("/monitoring/\(id)", form: bad)
            // then: saved, not submitted; the finding at its input; the bad value at its field, typed text kept
            #expect(submit.status == .unprocessableEntity)
            #expect(submit.body.string.contains("data-field=\"targets.5.deviationReason\""))
            #expect(try await FluentMonitoringRoundRepository(database: app.db).find(id: id)?.state.status == .draft)
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("id=\"targets.0.actual--error\"") && refused.body.string.contains("value=\"三万\""))
        }
    }

    @Test(
        "CLI, web page and API give the same lights for the same round; an undeclared target put through the API is a finding",
        arguments: TestDatabase.all)
    func sameLights(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given: the CLI's report of the example file, compared with its declaration
            let loaded = try MonitoringReader.read(url: Self.exampleURL).round
            let declared = try DeclarationWorkflowTests.example().targets
            let cli = MonitoringReport(round: loaded, result: loaded.evaluate(declared: declared))
            let declarationID = try await Self.acceptedDeclaration(app)
            try await FluentMonitoringRoundRepository(database: app.db).setDates(
                [CalendarDate("2025-07-31")!], fiscalYear: 2025, by: "管理员", log: nil)
            var api = Browser(app: app)
            api.bearer = try await Fixtures.token(app, for: "filer")
            var page = try await Browser.signedIn(app, as: "filer")
            // when: created and put through the API, read back, shown on the page
            let created = try await api.json(
                .POST, "/api/v1/monitoring", "{\"declarationId\":\"\(declarationID)\",\"asOf\":\"2025-07-31\"}")
            let id = try JSONDecoder().decode(Answer.self, from: Data(created.body.string.utf8)).id
            let text = try String(contentsOf: Self.exampleURL, encoding: .utf8)
            let put = try await api.send(
                .PUT, "/api/v1/monitoring/\(id)?version=1", body: text, contentType: .init(type: "application", subType: "yaml"))
            let read = try JSONDecoder().decode(Answer.self, from: Data(try await api.get("/api/v1/monitoring/\(id)").body.string.utf8))
            let html = try await page.get("/monitoring/\(id)").body.string
            let undeclared = text.replacingOccurrences(of: "name: 服务对象满意度", with: "name: 服务对象满意率")
            let changed = try await api.send(
                .PUT, "/api/v1/monitoring/\(id)?version=2", body: undeclared, contentType: .init(type: "application", subType: "yaml"))
            // then
            #expect(created.status == .created && put.status == .ok)
            #expect(read.result == cli)
            let pageLights = Self.values(of: "data-light", in: html)
            #expect(pageLights.first == cli.overall?.rawValue)
            #expect(
                Array(pageLights.dropFirst()) == [cli.budget.light].map { $0?.rawValue ?? "none" }
                    + cli.targets.map { $0.light?.rawValue ?? "none" })
            #expect(cli.targets.compactMap(\.ratio).allSatisfy { html.contains($0 + "%") })
            #expect(changed.status == .ok && changed.body.string.contains("monitor.target-changed"))
        }
    }

    struct Answer: Decodable {
        var id: String
        var result: MonitoringReport
    }
}
