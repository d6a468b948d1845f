import Foundation
import JixiaoCore
import JixiaoStore
import Testing
import Vapor
import VaporTesting

@testable import JixiaoWeb

/// 指标库与审核级别: the administrator's indicator libraries and the province's severities, used by
/// the declaration pages and API, not only the built-in ones.
@Suite("指标库与审核级别（管理员上传）", .timeLimit(.minutes(10)))
struct RuleFileAdminTests {
    static let healthCSV = """
        一级指标,二级指标,三级指标,指标性质,计量单位,参考值,行业,资金用途,必选,别名,备注
        产出指标,数量指标,义诊场次,≥,场,12,卫生健康,公共卫生服务,是,巡回义诊场次,
        满意度指标,服务对象满意度指标,患者满意度,≥,%,90,卫生健康,,否,,
        """

    struct Read: Decodable {
        var findings: [Item]
        struct Item: Decodable { var rule: String; var severity: String; var message: String }
    }

    /// The findings of declaration `id` as the API answers them: `rule severity message`.
    static func findings(_ api: inout Browser, _ id: String) async throws -> [String] {
        let body = try await api.get("/api/v1/targets/\(id)").body.string
        return try JSONDecoder().decode(Read.self, from: Data(body.utf8)).findings.map { "\($0.rule) \($0.severity) \($0.message)" }
    }

    /// A department declaration of the filer's unit in sector 卫生健康, with two rows of the same name.
    static func declaration(_ app: Application) async throws -> String {
        var d = try DeclarationWorkflowTests.example("targets-department.yaml")
        d.sector = "卫生健康"
        d.rows.append(d.rows[0])
        return try await FluentDeclarationRepository(database: app.db).create(
            DeclarationState(unitCode: Fixtures.filerUnit, declaration: d), by: "甲"
        ).id
    }

    @Test(
        "an uploaded library adds its required indicators and its search results; uploaded severities change a rule's level",
        arguments: TestDatabase.all)
    func uploadedFilesAreUsed(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given
            var admin = try await Browser.signedIn(app, as: "admin"), filer = try await Browser.signedIn(app, as: "filer")
            var api = Browser(app: app)
            api.bearer = try await Fixtures.token(app, for: "filer")
            let id = try await Self.declaration(app)
            let before = try await Self.findings(&api, id)
            // when
            _ = try await admin.get("/admin/rules")
            let library = try await admin.upload(
                "/admin/rules", fields: [("kind", "library")], fileField: "file", filename: "health.csv", content: Self.healthCSV)
            let severities = try await admin.upload(
                "/admin/rules", fields: [("kind", "severities")], fileField: "file", filename: "province.yaml",
                content: "targets.duplicate: error\n")
            let page = try await admin.get("/admin/rules").body.string
            let after = try await Self.findings(&api, id)
            let search = try await filer.get("/targets/\(id)?q=义诊").body.string
            let forbidden = try await filer.get("/admin/rules")
            let deleted = try await admin.post("/admin/rules/delete", form: ["kind": "library", "name": "health"])
            let afterDelete = try await Self.findings(&api, id)
            // then
            #expect(library.status == .seeOther && severities.status == .seeOther && deleted.status == .seeOther)
            #expect(page.contains("health.csv") && page.contains("<td>2</td>") && page.contains("targets.duplicate"))
            #expect(!before.contains { $0.contains("义诊场次") } && before.contains { $0.hasPrefix("targets.duplicate warning") })
            #expect(after.contains { $0.hasPrefix("targets.core-missing warning 指标库中行业「卫生健康」的必选指标「义诊场次」") })
            #expect(after.contains { $0.hasPrefix("targets.duplicate error") })
            #expect(search.contains("插入「义诊场次」"))
            #expect(forbidden.status == .forbidden || forbidden.status == .notFound)
            #expect(!afterDelete.contains { $0.contains("义诊场次") } && afterDelete.contains { $0.hasPrefix("targets.duplicate error") })
        }
    }

    @Test("a file with errors is refused, every error listed with its line; nothing is stored", arguments: TestDatabase.all)
    func refusedWithLines(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given
            var admin = try await Browser.signedIn(app, as: "admin")
            _ = try await admin.get("/admin/rules")
            let broken = Self.healthCSV
                .replacingOccurrences(of: "产出指标,数量指标,义诊场次,≥", with: "产出指标,数量指标,义诊场次,大约")
                .replacingOccurrences(of: "满意度指标,服务对象满意度指标,患者满意度", with: "满意度指标,服务对象满意度指标,")
            // when
            let library = try await admin.upload(
                "/admin/rules", fields: [("kind", "library")], fileField: "file", filename: "health.csv", content: broken)
            let severities = try await admin.upload(
                "/admin/rules", fields: [("kind", "severities")], fileField: "file", filename: "province.yaml",
                content: "targets.duplicate: error\ntargets.nope: warning\ntarget.direction: 很严重\n")
            let page = try await admin.get("/admin/rules").body.string
            // then
            #expect(library.status == .unprocessableEntity && severities.status == .unprocessableEntity)
            let libraryErrors = library.body.string.components(separatedBy: "<li>health.csv:").count - 1
            #expect(libraryErrors == 2 && library.body.string.contains("health.csv:2:") && library.body.string.contains("health.csv:3:"))
            #expect(severities.body.string.contains("province.yaml:2:") && severities.body.string.contains("province.yaml:3:"))
            #expect(severities.body.string.contains("targets.nope"))
            #expect(page.contains("id=\"libraries-empty\"") && page.contains("id=\"severities-default\""))
            #expect(try await FluentRuleFileRepository(database: app.db).all().isEmpty)
        }
    }
}
