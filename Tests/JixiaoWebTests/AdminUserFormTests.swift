import Foundation
import JixiaoCore
import JixiaoStore
import Testing
import Vapor
import VaporTesting

@testable import JixiaoWeb

@Suite("Administration: a message per failure of user creation and editing, at its field", .timeLimit(.minutes(10)))
struct AdminUserFormTests {
    /// A refused 添加用户 form: the field to blame and its message.
    struct Refusal: Sendable, CustomTestStringConvertible {
        var form: [String: String]
        var field: String
        var message: String
        var testDescription: String { "\(field): \(message)" }
    }

    static let good = [
        "username": "newuser", "displayName": "新用户", "role": "filer", "unit": Fixtures.filerUnit,
        "password": "Correct-horse-9",
    ]

    static func with(_ changes: [String: String]) -> [String: String] { good.merging(changes) { _, new in new } }

    static let refusals: [Refusal] = [
        .init(form: with(["username": "filer"]), field: "username", message: AdminText.usernameTaken("filer")),
        .init(form: with(["username": "王五"]), field: "username", message: AdminText.usernameInvalid),
        .init(form: with(["username": ""]), field: "username", message: AdminText.usernameMissing),
        .init(form: with(["unit": "no-such-unit"]), field: "unit", message: AdminText.unitUnknown("no-such-unit")),
        .init(form: with(["unit": ""]), field: "unit", message: AdminText.unitMissing),
        .init(form: with(["password": "short"]), field: "password", message: AdminText.passwordTooShort),
        .init(form: with(["password": "12345678"]), field: "password", message: AdminText.passwordCommon),
        .init(form: with(["password": "aaaaaaaaaa"]), field: "password", message: AdminText.passwordCommon),
        .init(form: with(["password": "newuser-2024"]), field: "password", message: AdminText.passwordHasUsername),
        .init(form: with(["displayName": ""]), field: "displayName", message: AdminText.displayNameMissing),
        .init(form: with(["role": "boss"]), field: "role", message: AdminText.roleMissing),
    ]

    @Test("添加用户 refused: the message at the field, the typed values kept, nobody created", arguments: refusals)
    func creationRefused(_ refusal: Refusal) async throws {
        try await withJixiaoApp(.sqlite) { app in
            // given
            var admin = try await Browser.signedIn(app, as: "admin")
            let before = try await FluentAccountRepository(database: app.db).users().count
            // when
            let response = try await admin.post("/admin/users", form: refusal.form)
            let html = response.body.string
            // then
            #expect(response.status == .unprocessableEntity)
            #expect(html.contains(AdminText.userNotCreated))
            #expect(html.contains(#"<span class="field-error" id="\#(refusal.field)-error">\#(refusal.message)</span>"#))
            #expect(Self.tag(html, id: refusal.field).contains(#"aria-invalid="true""#))
            #expect(html.components(separatedBy: "aria-invalid").count == 2, "only the field to blame is marked")
            if refusal.field != "displayName" { #expect(html.contains(#"name="displayName" id="displayName" value="新用户""#)) }
            if refusal.field != "unit" {
                #expect(html.contains(#"<option value="\#(Fixtures.filerUnit)" selected="selected">"#))
            }
            #expect(!html.contains("Correct-horse-9"), "a password is never written back")
            #expect(try await FluentAccountRepository(database: app.db).users().count == before)
        }
    }

    /// The tag of the input or select with `id` (the label before it names it with `for`).
    static func tag(_ html: String, id: String) -> String {
        guard let at = html.range(of: #"id="\#(id)""#) else { return "" }
        let start = html[..<at.lowerBound].lastIndex(of: "<") ?? at.lowerBound
        let end = html[at.upperBound...].firstIndex(of: ">") ?? html.endIndex
        return String(html[start..<end])
    }

    @Test("添加用户 with good values creates the user and logs it")
    func creationAccepted() async throws {
        try await withJixiaoApp(.sqlite) { app in
            var admin = try await Browser.signedIn(app, as: "admin")
            let response = try await admin.post("/admin/users", form: Self.good)
            #expect(response.status == .seeOther)
            let created = try await FluentAccountRepository(database: app.db).user(username: "newuser")
            #expect(created?.account.unitCode == Fixtures.filerUnit && created?.account.role == .filer)
            #expect(try await FluentAdminLog(database: app.db).recent().first?.action == "新增用户")
        }
    }

    @Test("editing a user to an unknown unit names the unit at its field and keeps the typed name; a weak reset is refused")
    func editRefused() async throws {
        try await withJixiaoApp(.sqlite) { app in
            // given
            var admin = try await Browser.signedIn(app, as: "admin")
            let filer = try await AdminFixtures.userID(app, "filer")
            // when
            let edit = try await admin.post(
                "/admin/users/\(filer)",
                form: [
                    "displayName": "改过的名字", "role": "filer",
                    "unit": "gone-unit",
                ])
            let reset = try await admin.post("/admin/users/\(filer)/password", form: ["password": "password"])
            // then
            #expect(edit.status == .unprocessableEntity)
            #expect(edit.body.string.contains(#"id="unit-error">\#(AdminText.unitUnknown("gone-unit"))<"#))
            #expect(edit.body.string.contains(#"value="改过的名字""#))
            #expect(reset.status == .unprocessableEntity)
            #expect(reset.body.string.contains(#"id="password-error">\#(AdminText.passwordCommon)<"#))
            #expect(try await FluentAccountRepository(database: app.db).user(username: "filer")?.account.displayName != "改过的名字")
        }
    }

    @Test("the user table shows each user's unit by name, not by code")
    func unitNames() async throws {
        try await withJixiaoApp(.sqlite) { app in
            var admin = try await Browser.signedIn(app, as: "admin")
            let html = try await admin.get("/admin").body.string
            let table = try #require(html.range(of: #"id="user-list""#).map { String(html[$0.upperBound...]) })
                .components(separatedBy: "</table>")[0]
            let unit = try #require(DemoData.units.first { $0.code == Fixtures.filerUnit })
            #expect(table.contains("<td>\(unit.name)</td>"))
            #expect(!table.contains("<td>\(Fixtures.filerUnit)</td>"))
        }
    }

    @Test(
        "「API 令牌」 is under the 账户 menu with 修改密码 and 退出, not in the top bar's own links",
        arguments: ["filer", "reviewer", "admin"])
    func accountMenu(_ username: String) async throws {
        try await withJixiaoApp(.sqlite) { app in
            var browser = try await Browser.signedIn(app, as: username)
            let html = try await browser.get("/evaluations").body.string
            let bar = try #require(html.components(separatedBy: "</header>").first)
            let (outside, menu) = try #require(
                bar.range(of: #"<details class="account-menu""#).map {
                    (String(bar[..<$0.lowerBound]), String(bar[$0.lowerBound...]))
                })
            #expect(!outside.contains("API 令牌") && !outside.contains("修改密码") && !outside.contains("退出"))
            #expect(menu.contains(#"<summary><span class="who">账户："#))
            #expect(menu.contains(#"href="/account/tokens" id="account-tokens">API 令牌</a>"#))
            #expect(menu.contains(#"href="/account/password" id="account-password">修改密码</a>"#))
            #expect(menu.contains(#"id="logout">退出</button>"#))
        }
    }
}

@Suite("Administration: a message per failure of adding or editing a unit", .timeLimit(.minutes(10)))
struct AdminUnitFormTests {
    @Test(
        "a taken code, a missing code and a missing name each get their own message",
        arguments: [
            (["code": "finance", "name": "重复"], AdminText.unitCodeTaken("finance")),
            (["code": "", "name": "无编码"], AdminText.unitCodeMissing),
            (["code": "new-unit", "name": ""], AdminText.unitNameMissing),
        ])
    func refused(_ form: [String: String], _ message: String) async throws {
        try await withJixiaoApp(.sqlite) { app in
            var admin = try await Browser.signedIn(app, as: "admin")
            let before = try await FluentAccountRepository(database: app.db).units().count
            let response = try await admin.post("/admin/units", form: form)
            #expect(response.status == .unprocessableEntity)
            #expect(response.body.string.contains(#"id="error">\#(message)</p>"#))
            #expect(try await FluentAccountRepository(database: app.db).units().count == before)
        }
    }
}
