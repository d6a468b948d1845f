import Foundation
import JixiaoCore
import JixiaoStore
import Testing
import Vapor
import VaporTesting

@testable import JixiaoWeb

@Suite("填报截止日期 and overdue marks", .timeLimit(.minutes(10)))
struct DeadlineTests {
    static func yearForm(_ deadline: String) -> [String: String] {
        [
            "state": "open", "default.departmentWide": "guangdong-county-department", "default.project": "mof-2020-project",
            "deadline": deadline,
        ]
    }

    @Test(
        "the administrator sets a deadline; the API, the to-do list and the list mark what is overdue",
        arguments: TestDatabase.all)
    func overdue(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given
            let id = try await Fixtures.evaluationID(app)
            var admin = try await Browser.signedIn(app, as: "admin")
            var filer = try await Browser.signedIn(app, as: "filer")
            var api = try await ReviewFixtures.api(app, as: "filer")
            // when: 2024's deadline has passed (today is after 2025-01-31), 2025's is far ahead
            let saved = try await admin.post("/admin/years/2024", form: Self.yearForm("2025-01-31"))
            let later = try await admin.post("/admin/years/2025", form: Self.yearForm("2199-12-31"))
            let years = try await api.get("/api/v1/fiscal-years").content.decode([FiscalYearDTO].self)
            let todo = try await filer.get("/todo").body.string
            let list = try await filer.get("/evaluations").body.string
            try await ReviewFixtures.set(app, id, status: .submitted)
            let afterSubmit = try await filer.get("/evaluations").body.string
            // then
            #expect(saved.status == .seeOther && later.status == .seeOther)
            #expect(years.first { $0.year == 2024 }?.deadline == "2025-01-31")
            #expect(years.first { $0.year == 2025 }?.deadline == "2199-12-31")
            #expect(years.first { $0.year == 2023 }.map { $0.deadline == nil } == true)
            #expect(todo.contains("id=\"overdue-count\"") && todo.contains("有 1 项已过填报截止日期"))
            #expect(todo.contains("<tr class=\"overdue\">") && todo.contains("2025-01-31"))
            #expect(list.contains("<span class=\"overdue-mark\">逾期</span>") && list.contains("其中逾期 1 项"))
            #expect(!afterSubmit.contains("<span class=\"overdue-mark\">逾期</span>"))
        }
    }

    @Test("an impossible deadline is refused at its field with the text kept", arguments: [TestDatabase.sqlite])
    func invalid(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            var admin = try await Browser.signedIn(app, as: "admin")
            // when
            let bad = try await admin.post("/admin/years/2024", form: Self.yearForm("2025-02-30"))
            let early = try await admin.post("/admin/years/2024", form: Self.yearForm("2024-06-30"))
            let cleared = try await admin.post("/admin/years/2024", form: Self.yearForm(""))
            // then
            #expect(bad.status == .unprocessableEntity)
            let page = bad.body.string
            #expect(page.contains("id=\"deadline-2024-error\">填报截止日期「2025-02-30」不是有效日期"))
            #expect(page.contains("value=\"2025-02-30\""))
            #expect(early.status == .unprocessableEntity && early.body.string.contains("应在2025年1月1日或以后"))
            #expect(cleared.status == .seeOther)
            #expect(try await FluentFiscalYearRepository(database: app.db).find(2024)?.deadline == nil)
        }
    }

    @Test("a new year takes its deadline from the add form, refused at that form's field", arguments: [TestDatabase.sqlite])
    func newYear(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            var admin = try await Browser.signedIn(app, as: "admin")
            var form = Self.yearForm("2026-05-01")
            form["year"] = "2026"
            // when
            let early = try await admin.post("/admin/years", form: form)
            form["deadline"] = "2027年4月30日"
            let added = try await admin.post("/admin/years", form: form)
            // then
            #expect(early.status == .unprocessableEntity)
            #expect(early.body.string.contains("id=\"deadline-new-error\">2026年度的填报截止日期应在2027年1月1日或以后"))
            #expect(added.status == .seeOther)
            #expect(try await FluentFiscalYearRepository(database: app.db).find(2026)?.deadline?.iso == "2027-04-30")
        }
    }

    @Test("the OpenAPI document describes the deadline and the copy route", arguments: [TestDatabase.sqlite])
    func openAPI(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            var anyone = Browser(app: app)
            let body = try await anyone.get("/api/v1/openapi.json").body
            let document = try #require(try JSONSerialization.jsonObject(with: Data(buffer: body)) as? [String: Any])
            let schemas = (document["components"] as? [String: Any])?["schemas"] as? [String: Any]
            let year = (schemas?["FiscalYear"] as? [String: Any])?["properties"] as? [String: Any]
            let copy = ((document["paths"] as? [String: Any])?["/evaluations/copy"] as? [String: Any])?["post"] as? [String: Any]
            #expect((year?["deadline"] as? [String: Any])?["format"] as? String == "date")
            #expect(schemas?["CopyCommand"] != nil)
            #expect((copy?["responses"] as? [String: Any])?.keys.sorted().contains("422") == true)
        }
    }
}
