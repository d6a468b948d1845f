import JixiaoCore
import JixiaoStore
import Testing
import Vapor
import VaporTesting

@testable import JixiaoWeb

/// 「（无）」 in the administration forms (issue 13 item 5): what a browser sends for it
/// (the option's value, or its text when it has none) is read as none, so a top-level
/// unit can be added, edited and renamed, and a year added without default frameworks.
@Suite("Administration: 「（无）」 works everywhere", .timeLimit(.minutes(10)))
struct AdminNoneOptionTests {
    @Test(
        "a unit without 主管部门 is added, then renamed, through the forms as a browser sends them",
        arguments: [TestDatabase.sqlite])
    func topLevelUnit(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given
            var admin = try await Browser.signedIn(app, as: "admin")
            let page = try await admin.get("/admin").body.string
            let none = try #require(Self.sent(page, form: "unit-form", select: "parent", option: "（无）"))
            // when
            let added = try await admin.post(
                "/admin/units",
                form: [
                    "code": "top", "name": "顶层单位", "region": "",
                    "parent": none,
                ])
            let id = try await AdminFixtures.unitID(app, "top")
            let edit = try await admin.get("/admin/units/\(id)").body.string
            let stillNone = try #require(Self.sent(edit, form: "unit-edit", select: "parent", option: "（无）"))
            let renamed = try await admin.post(
                "/admin/units/\(id)",
                form: [
                    "code": "top", "name": "改名的顶层单位",
                    "region": "", "parent": stillNone,
                ])
            // then
            #expect(none == "")
            #expect(added.status == .seeOther)
            #expect(Self.isSelected(edit, form: "unit-edit", select: "parent", option: "（无）"))
            #expect(renamed.status == .seeOther)
            let unit = try #require(try await FluentAccountRepository(database: app.db).unit(code: "top"))
            #expect(unit.name == "改名的顶层单位")
            #expect(unit.parentCode == nil)
        }
    }

    @Test("the seeded top-level unit (the finance bureau) can be edited with 「（无）」", arguments: [TestDatabase.sqlite])
    func seededTopLevelUnit(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            var admin = try await Browser.signedIn(app, as: "admin")
            let id = try await AdminFixtures.unitID(app, "finance")
            let edit = try await admin.get("/admin/units/\(id)").body.string
            let none = try #require(Self.sent(edit, form: "unit-edit", select: "parent", option: "（无）"))
            let saved = try await admin.post(
                "/admin/units/\(id)",
                form: [
                    "code": "finance", "name": "示例县财政局（改）",
                    "region": "广东省", "parent": none,
                ])
            #expect(saved.status == .seeOther)
            #expect(try await FluentAccountRepository(database: app.db).unit(code: "finance")?.name == "示例县财政局（改）")
        }
    }

    @Test("a year is added with 「（无）」 for both default frameworks", arguments: [TestDatabase.sqlite])
    func yearWithoutDefaults(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given
            var admin = try await Browser.signedIn(app, as: "admin")
            let page = try await admin.get("/admin").body.string
            var form = ["year": "2026", "state": "open"]
            for kind in EvaluationKind.allCases {
                form["default.\(kind.rawValue)"] = try #require(
                    Self.sent(page, form: "year-form", select: "default.\(kind.rawValue)", option: "（无）"))
            }
            // when
            let added = try await admin.post("/admin/years", form: form)
            // then
            #expect(added.status == .seeOther)
            let year = try #require(try await FluentFiscalYearRepository(database: app.db).find(2026))
            #expect(year.isOpen)
            #expect(year.defaults.isEmpty)
        }
    }

    /// The `<option>` elements of select `name` inside form `formID`: (attributes, text).
    static func options(_ html: String, form formID: String, select name: String) -> [(attributes: String, text: String)] {
        guard let start = html.range(of: "id=\"\(formID)\"") else { return [] }
        let rest = html[start.upperBound...]
        let form = rest[..<(rest.range(of: "</form>")?.lowerBound ?? rest.endIndex)]
        guard let select = form.range(of: "name=\"\(name)\"") else { return [] }
        let after = form[select.upperBound...]
        let body = after[..<(after.range(of: "</select>")?.lowerBound ?? after.endIndex)]
        return body.components(separatedBy: "<option").dropFirst().compactMap { chunk in
            guard let close = chunk.firstIndex(of: ">") else { return nil }
            let text = chunk[chunk.index(after: close)...].components(separatedBy: "</option>").first ?? ""
            return (String(chunk[..<close]), text)
        }
    }

    /// What a browser sends for the option with `text`: its value (`value` alone, as Plot writes an
    /// empty one, is the empty string), or its text when it has no value attribute.
    static func sent(_ html: String, form: String, select: String, option text: String) -> String? {
        guard let option = options(html, form: form, select: select).first(where: { $0.text == text }) else { return nil }
        if let value = option.attributes.range(of: "value=\"") {
            return String(option.attributes[value.upperBound...].prefix { $0 != "\"" })
        }
        let words = option.attributes.split(whereSeparator: { $0 == " " || $0 == "/" }).map { $0.split(separator: "=").first ?? "" }
        return words.contains("value") ? "" : option.text
    }

    static func isSelected(_ html: String, form: String, select: String, option text: String) -> Bool {
        options(html, form: form, select: select).first { $0.text == text }?.attributes.contains("selected") == true
    }
}
