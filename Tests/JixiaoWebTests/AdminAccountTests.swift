import Foundation
import JixiaoCore
import JixiaoStore
import Testing
import Vapor
import VaporTesting

@testable import JixiaoWeb

@Suite("Administration: units and users", .timeLimit(.minutes(10)))
struct AdminAccountTests {
    @Test(
        "units: edit, a cycle in the tree is refused, delete only when nothing uses the unit",
        arguments: TestDatabase.all)
    func units(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given: finance › wuhua-data › a new child unit
            var admin = try await Browser.signedIn(app, as: "admin")
            let finance = try await AdminFixtures.unitID(app, "finance")
            let wuhua = try await AdminFixtures.unitID(app, Fixtures.filerUnit)
            _ = try await admin.post("/admin/units", form: ["code": "child", "name": "下级单位", "parent": Fixtures.filerUnit])
            let child = try await AdminFixtures.unitID(app, "child")
            _ = try await admin.post(
                "/admin/units/\(wuhua)",
                form: [
                    "code": Fixtures.filerUnit, "name": "五华县政务服务数据管理局",
                    "region": "广东省梅州市五华县", "parent": "finance",
                ])
            // when
            let cycle = try await admin.post(
                "/admin/units/\(finance)",
                form: [
                    "code": "finance", "name": "示例县财政局",
                    "parent": "child",
                ])
            let own = try await admin.post("/admin/units/\(child)", form: ["code": "child", "name": "下级单位", "parent": "child"])
            let recode = try await admin.post("/admin/units/\(wuhua)", form: ["code": "wuhua-2", "name": "五华", "parent": ""])
            let inUse = try await admin.post("/admin/units/\(wuhua)/delete", form: [:])
            let renamed = try await admin.post(
                "/admin/units/\(child)",
                form: [
                    "code": "child-2", "name": "改名单位",
                    "region": "五华县", "parent": Fixtures.filerUnit,
                ])
            let deleted = try await admin.post("/admin/units/\(child)/delete", form: [:])
            // then
            #expect(cycle.status == .unprocessableEntity)
            #expect(cycle.body.string.contains("会形成循环"))
            #expect(own.status == .unprocessableEntity)
            #expect(recode.body.string.contains("个评价属于该单位，不能修改单位编码"))
            #expect(inUse.status == .conflict)
            #expect(inUse.body.string.contains("不能删除：该单位仍有"))
            #expect(renamed.status == .seeOther && deleted.status == .seeOther)
            let units = try await FluentAccountRepository(database: app.db).units()
            #expect(units.first { $0.code == Fixtures.filerUnit }?.parentCode == "finance")
            #expect(units.first { $0.code == "finance" }?.parentCode == nil)
            #expect(!units.contains { $0.code == "child" || $0.code == "child-2" })
            let log = try await FluentAdminLog(database: app.db).recent().map(\.action)
            #expect(log.filter { $0 == "修改单位" }.count == 2 && log.contains("删除单位") && log.contains("新增单位"))
        }
    }

    @Test(
        "a disabled user cannot sign in, its session ends and its token stops working; enabling restores the token",
        arguments: TestDatabase.all)
    func disable(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given
            var admin = try await Browser.signedIn(app, as: "admin")
            var session = try await Browser.signedIn(app, as: "filer")
            var api = try await ReviewFixtures.api(app, as: "filer")
            let filer = try await AdminFixtures.userID(app, "filer")
            // when
            let disabled = try await admin.post("/admin/users/\(filer)/state", form: ["disabled": "1"])
            let page = try await session.get("/evaluations")
            let token = try await api.get("/api/v1/units")
            var login = Browser(app: app)
            login.csrf = Browser.csrf(in: try await login.get("/login").body.string)
            let refused = try await login.post("/login", form: ["username": "filer", "password": DemoData.password])
            _ = try await admin.post("/admin/users/\(filer)/state", form: ["disabled": "0"])
            let tokenAgain = try await api.get("/api/v1/units")
            let sessionAgain = try await session.get("/evaluations")
            // then
            #expect(disabled.status == .seeOther)
            #expect(page.status == .seeOther && page.headers.first(name: .location) == "/login")
            #expect(token.status == .unauthorized)
            #expect(refused.status == .forbidden && refused.body.string.contains("该账号已停用"))
            #expect(tokenAgain.status == .ok)
            #expect(sessionAgain.status == .seeOther, "the session ended when the user was disabled")
            #expect(try await FluentAdminLog(database: app.db).recent().map(\.action).contains("停用用户"))
        }
    }

    @Test(
        "users: edit name, role and unit, reset a password; the last admin cannot be disabled or demoted",
        arguments: [TestDatabase.sqlite])
    func users(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given
            var admin = try await Browser.signedIn(app, as: "admin")
            let adminID = try await AdminFixtures.userID(app, "admin")
            let approver = try await AdminFixtures.userID(app, "approver")
            // when
            let demote = try await admin.post(
                "/admin/users/\(adminID)",
                form: [
                    "displayName": "管理员", "role": "filer",
                    "unit": "finance",
                ])
            let disableSelf = try await admin.post("/admin/users/\(adminID)/state", form: ["disabled": "1"])
            let edited = try await admin.post(
                "/admin/users/\(approver)",
                form: [
                    "displayName": "新负责人", "role": "filer",
                    "unit": Fixtures.otherUnit,
                ])
            let short = try await admin.post("/admin/users/\(approver)/password", form: ["password": "short"])
            let reset = try await admin.post("/admin/users/\(approver)/password", form: ["password": "new-password-1"])
            var login = Browser(app: app)
            login.csrf = Browser.csrf(in: try await login.get("/login").body.string)
            let signedIn = try await login.post("/login", form: ["username": "approver", "password": "new-password-1"])
            // then
            #expect(demote.status == .unprocessableEntity && demote.body.string.contains("最后一位在用的管理员"))
            #expect(disableSelf.status == .unprocessableEntity)
            #expect(edited.status == .seeOther)
            let record = try await FluentAccountRepository(database: app.db).user(username: "approver")?.account
            #expect(record?.displayName == "新负责人" && record?.role == .filer && record?.unitCode == Fixtures.otherUnit)
            #expect(short.status == .unprocessableEntity)
            #expect(reset.status == .seeOther)
            #expect(signedIn.status == .seeOther && signedIn.headers.first(name: .location) == "/evaluations")
        }
    }

    @Test("an administrator who gives themselves another role lands on the evaluation list, not on a page now forbidden")
    func selfDemotion() async throws {
        try await withJixiaoApp(.sqlite) { app in
            // given: a second administrator, so the first may step down
            var admin = try await Browser.signedIn(app, as: "admin")
            let adminID = try await AdminFixtures.userID(app, "admin")
            let approver = try await AdminFixtures.userID(app, "approver")
            let promoted = try await admin.post(
                "/admin/users/\(approver)",
                form: [
                    "displayName": "第二管理员", "role": "admin",
                    "unit": "finance",
                ])
            // when
            let demote = try await admin.post(
                "/admin/users/\(adminID)",
                form: [
                    "displayName": "管理员", "role": "reviewer",
                    "unit": "finance",
                ])
            let next = try await admin.get(demote.headers.first(name: .location) ?? "/")
            // then
            #expect(promoted.status == .seeOther)
            #expect(demote.status == .seeOther && demote.headers.first(name: .location) == "/evaluations")
            #expect(next.status == .ok)
            #expect(try await FluentAccountRepository(database: app.db).user(username: "admin")?.account.role == .reviewer)
        }
    }
}
