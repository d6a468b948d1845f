import Foundation
import JixiaoCore
import JixiaoStore
import Testing
import Vapor
import VaporTesting

@testable import JixiaoWeb

@Suite("Administration: uploaded frameworks", .timeLimit(.minutes(10)))
struct AdminFrameworkTests {
    @Test(
        "a YAML framework uploaded by the admin scores like the built-in it copies, on every route",
        arguments: TestDatabase.all)
    func yamlUpload(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given
            var admin = try await Browser.signedIn(app, as: "admin")
            let builtIn = try await AdminFixtures.evaluation(app, framework: "guangdong-county-department")
            // when
            let uploaded = try await admin.upload(
                "/admin/frameworks", fileField: "file", filename: "copy.yaml",
                content: try AdminFixtures.yaml(id: "uploaded-gd"))
            let copy = try await AdminFixtures.evaluation(app, framework: "uploaded-gd")
            var api = try await ReviewFixtures.api(app, as: "filer")
            let expected = try await api.get("/api/v1/evaluations/\(builtIn)/score").content.decode(ScoreDTO.self)
            let scored = try await api.get("/api/v1/evaluations/\(copy)/score").content.decode(ScoreDTO.self)
            let editor = try await admin.get("/evaluations/\(copy)")
            let report = try await admin.get("/evaluations/\(copy)/report/html")
            let list = try await admin.get("/admin")
            // then
            #expect(uploaded.status == .created)
            #expect(uploaded.body.string.contains("指标体系 uploaded-gd 已保存（第 1 版）"))
            #expect(uploaded.body.string.contains("预算编制合理性"))
            let total = try #require(scored.score?.total)
            #expect(scored.score?.frameworkID == "uploaded-gd")
            #expect(total == expected.score?.total)
            #expect(editor.status == .ok && !editor.body.string.contains("找不到指标体系"))
            #expect(report.status == .ok)
            #expect(list.body.string.contains("copy.yaml，第 1 版，系统管理员"))
            let stored = try await FluentFrameworkRepository(database: app.db).find(id: "uploaded-gd")
            #expect(stored?.sourceText == (try AdminFixtures.yaml(id: "uploaded-gd")))
            #expect(try await FluentAdminLog(database: app.db).recent().first?.action == "上传指标体系")
        }
    }

    @Test(
        "a CSV framework is uploaded, offered for new evaluations, and scores an evaluation",
        arguments: TestDatabase.all)
    func csvUpload(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given
            var admin = try await Browser.signedIn(app, as: "admin")
            // when
            let uploaded = try await admin.upload(
                "/admin/frameworks", fileField: "file", filename: "table.csv",
                content: AdminFixtures.csv, contentType: "text/csv")
            var filer = try await Browser.signedIn(app, as: "filer")
            let newPage = try await filer.get("/evaluations/new")
            // 2023: the unit's 2024 department-wide evaluation is seeded (one per unit, year and kind)
            let created = try await filer.post(
                "/evaluations",
                form: [
                    "framework": "upload-csv", "year": "2023",
                    "unit": Fixtures.filerUnit,
                ])
            let id = try #require(created.headers.first(name: .location)?.split(separator: "/").last.map(String.init))
            var api = try await ReviewFixtures.api(app, as: "filer")
            let scored = try await api.get("/api/v1/evaluations/\(id)/score").content.decode(ScoreDTO.self)
            // then
            #expect(uploaded.status == .created)
            #expect(newPage.body.string.contains("<option value=\"upload-csv\">上传测试县部门整体支出绩效评价表"))
            #expect(created.status == .seeOther)
            #expect(scored.unavailable == nil)
            #expect(scored.score?.frameworkID == "upload-csv")
            #expect(scored.score?.maxTotal == ExactDecimal(100))
        }
    }

    @Test("an invalid upload lists every error with its line and stores nothing", arguments: TestDatabase.all)
    func invalidUpload(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given: a leaf worth one point too many, and an unknown rule kind
            let bad = try AdminFixtures.yaml(id: "bad-upload")
                .replacingOccurrences(
                    of: "          - name: 预算编制合理性\n            max: 5",
                    with: "          - name: 预算编制合理性\n            max: 6"
                )
                .replacingOccurrences(of: "rule: {kind: manual}", with: "rule: {kind: bogus}")
            var admin = try await Browser.signedIn(app, as: "admin")
            // when
            let response = try await admin.upload("/admin/frameworks", fileField: "file", filename: "bad.yaml", content: bad)
            // then
            let html = response.body.string
            #expect(response.status == .unprocessableEntity)
            #expect(html.contains("id=\"framework-errors\""))
            #expect(html.contains("下级指标分值之和 20 不等于本级分值 19"))
            #expect(html.contains("bogus"))
            #expect(html.components(separatedBy: "<li>bad.yaml:").count - 1 >= 2)
            #expect(try await FluentFrameworkRepository(database: app.db).all().isEmpty)
            #expect(try await FluentAdminLog(database: app.db).recent().isEmpty)
        }
    }

    @Test("a used framework cannot be deleted or replaced; an unused one can", arguments: [TestDatabase.sqlite])
    func deleteRules(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given
            var admin = try await Browser.signedIn(app, as: "admin")
            _ = try await admin.upload(
                "/admin/frameworks", fileField: "file", filename: "a.yaml",
                content: try AdminFixtures.yaml(id: "used-one"))
            _ = try await admin.upload(
                "/admin/frameworks", fileField: "file", filename: "b.yaml",
                content: try AdminFixtures.yaml(id: "unused-one"))
            _ = try await AdminFixtures.evaluation(app, framework: "used-one")
            _ = try await AdminFixtures.evaluation(app, framework: "used-one")
            // when
            let refused = try await admin.post("/admin/frameworks/used-one/delete", form: [:])
            let replaced = try await admin.upload(
                "/admin/frameworks", fileField: "file", filename: "a2.yaml",
                content: try AdminFixtures.yaml(id: "used-one"))
            let builtIn = try await admin.post("/admin/frameworks/guangdong-county-department/delete", form: [:])
            let again = try await admin.upload(
                "/admin/frameworks", fileField: "file", filename: "b2.yaml",
                content: try AdminFixtures.yaml(id: "unused-one"))
            _ = try await admin.post("/admin/years/2025", form: ["default.departmentWide": "unused-one"])
            let isDefault = try await admin.post("/admin/frameworks/unused-one/delete", form: [:])
            _ = try await admin.post("/admin/years/2025", form: ["default.departmentWide": "guangdong-county-department"])
            let deleted = try await admin.post("/admin/frameworks/unused-one/delete", form: [:])
            // then
            #expect(refused.status == .conflict)
            #expect(refused.body.string.contains("不能删除：有 2 个评价使用该指标体系。"))
            #expect(replaced.status == .unprocessableEntity && replaced.body.string.contains("已被 2 个评价使用"))
            #expect(builtIn.status == .conflict)
            #expect(again.body.string.contains("unused-one 已保存（第 2 版）"))
            #expect(isDefault.status == .conflict && isDefault.body.string.contains("它是 2025 年度的默认指标体系"))
            #expect(deleted.status == .seeOther)
            #expect(try await FluentFrameworkRepository(database: app.db).all().map(\.frameworkID) == ["used-one"])
        }
    }
}
