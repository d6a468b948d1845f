import Foundation
import JixiaoCore
import JixiaoStore
import Testing
import Vapor
import VaporTesting

@testable import JixiaoWeb

/// Limits on what comes in (issue 12, rows 4, 7, 8 and 12): YAML alias bombs and deep
/// nesting, report size, the text kept with a draft, CSV formulas, decoding messages.
@Suite("Input limits", .timeLimit(.minutes(10)))
struct InputLimitTests {
    /// 540 bytes that expand to 9⁷ ≈ 4.8 million nodes ("billion laughs").
    static let aliasBomb = """
        a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
        b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
        c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
        d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
        e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
        f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
        g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
        id: bomb
        title: bomb
        kind: departmentWide
        indicators: *g
        """

    @Test(
        "a framework upload with an alias bomb or deep nesting is refused with a short Chinese page",
        arguments: [TestDatabase.sqlite])
    func yamlBomb(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given
            var admin = try await Browser.signedIn(app, as: "admin")
            // when
            let bomb = try await admin.upload(
                "/admin/frameworks", fileField: "file", filename: "bomb.yaml",
                content: Self.aliasBomb)
            let deep = try await admin.upload(
                "/admin/frameworks", fileField: "file", filename: "deep.json",
                content: String(repeating: "[", count: 100_000))
            // then
            #expect(bomb.status == .unprocessableEntity)
            #expect(bomb.body.string.contains("展开后的项目过多"))
            #expect(bomb.body.readableBytes < 100_000)
            #expect(deep.status == .unprocessableEntity)
            #expect(deep.body.string.contains("嵌套过深"))
            #expect(try await admin.get("/admin").status == .ok)
        }
    }

    @Test("a framework whose scores sum past the decimal range is refused, not a crash", arguments: [TestDatabase.sqlite])
    func hugeFrameworkNumbers(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given
            var admin = try await Browser.signedIn(app, as: "admin")
            let indicator = "  - name: a\n    max: 100000000000000000000000000000\n    rule: {kind: manual}\n"
            let yaml =
                "id: huge\ntitle: huge\nkind: departmentWide\nregion: x\nyear: 2024\nsource: x\ntotal: 100\n"
                + "indicators:\n" + indicator + indicator.replacingOccurrences(of: "name: a", with: "name: b")
            // when
            let response = try await admin.upload("/admin/frameworks", fileField: "file", filename: "huge.yaml", content: yaml)
            // then
            #expect(response.status == .unprocessableEntity)
            #expect(try await admin.get("/admin").status == .ok)
        }
    }

    @Test("a report over 10 MB is refused with 413 and a clear message", arguments: [TestDatabase.sqlite])
    func oversizedReport(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given
            var browser = try await Browser.signedIn(app, as: "filer")
            let content = String(repeating: "本单位严格执行预算管理制度。\n", count: 10 * 1024 * 1024 / 43 + 1000)
            let repository = FluentEvaluationRepository(database: app.db)
            let before = try await repository.list(EvaluationFilter(unitCodes: [Fixtures.filerUnit])).count
            // when
            let response = try await browser.upload(
                "/evaluations/upload", fields: [("framework", "guangdong-county-department"), ("year", "2023")],
                fileField: "report", filename: "huge.txt", content: content)
            let huge = try await browser.upload(
                "/evaluations/upload", fields: [("framework", "guangdong-county-department"), ("year", "2023")],
                fileField: "report", filename: "huger.txt", content: content + content.prefix(2_000_000))
            // then
            #expect(content.utf8.count > UploadController.maxBytes)
            #expect(response.status == .payloadTooLarge)
            #expect(response.body.string.contains("huge.txt 过大：报告文件至多 10 MB"))
            #expect(huge.status == .payloadTooLarge)
            #expect(huge.body.string.contains("上传的文件 过大：报告文件至多 10 MB"))
            #expect(try await repository.list(EvaluationFilter(unitCodes: [Fixtures.filerUnit])).count == before)
        }
    }

    @Test("a large report that is allowed keeps at most 200 KB of text, and its editor renders", arguments: [TestDatabase.sqlite])
    func largeReportKeepsCappedText(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given
            var browser = try await Browser.signedIn(app, as: "filer")
            let content =
                "填报人：李四\n一、部门基本情况\n"
                + String(repeating: "本单位严格执行预算管理制度，资金使用规范，项目按计划推进。\n", count: 30_000)
            // when
            let response = try await browser.upload(
                "/evaluations/upload", fields: [("framework", "guangdong-county-department"), ("year", "2023")],
                fileField: "report", filename: "large.txt", content: content)
            let rows = try await FluentEvaluationRepository(database: app.db).list(EvaluationFilter(unitCodes: [Fixtures.filerUnit]))
            let newest = try #require(rows.first)
            let stored = try #require(try await FluentEvaluationRepository(database: app.db).find(id: newest.id))
            let editor = try await browser.get("/evaluations/\(newest.id)")
            // then
            #expect(content.utf8.count > 2_000_000)
            #expect(response.status == .created)
            let kept = try #require(stored.evaluation.narrative.first { $0.key == "report" }).text
            #expect(kept.utf8.count <= DocumentImporter.maxKeptText + 300)
            #expect(kept.contains("全文过长"))
            #expect(editor.status == .ok)
            #expect(editor.body.readableBytes < 1_000_000)
        }
    }

    @Test("CSV cells that start like a formula get a leading quote", arguments: [TestDatabase.sqlite])
    func csvFormulas(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given
            var api = Browser(app: app)
            api.bearer = try await Fixtures.token(app, for: "filer")
            let names = ["=1+1", "+1", "-1+2", "@SUM(A1)", "\t=1", "=HYPERLINK(\"http://x\",\"y\")"]
            for name in names {
                let body = try JSONSerialization.data(withJSONObject: [
                    "kind": "project", "unit": ["name": "x", "code": Fixtures.filerUnit], "fiscalYear": 2025,
                    "frameworkID": "mof-2020-project", "status": "draft", "filing": [String: String](),
                    "project": ["name": name], "figures": [String: String](), "targets": [String](),
                    "indicators": [String: String](), "narrative": [String](),
                ])
                let created = try await api.json(.POST, "/api/v1/evaluations", String(decoding: body, as: UTF8.self))
                #expect(created.status == .created)
            }
            var reviewer = try await Browser.signedIn(app, as: "reviewer")
            // when
            let csv = try await reviewer.get("/exports/evaluations.csv?year=2025").body.string
            // then
            for name in names.dropLast() {
                #expect(csv.contains(",'\(name),"), "\(name)")
                #expect(!csv.contains(",\(name),"), "\(name)")
            }
            #expect(csv.contains(#","'=HYPERLINK(""http://x"",""y"")","#))
        }
    }

    @Test(
        "a restore applies the evaluation rules first: a year out of range or a huge number is refused",
        arguments: [TestDatabase.sqlite])
    func restoreRules(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given
            var admin = try await Browser.signedIn(app, as: "admin")
            let backup = try await admin.get("/admin/backup.json").body.string
            var object = try #require(try JSONSerialization.jsonObject(with: Data(backup.utf8)) as? [String: Any])
            var rows = try #require(object["evaluations"] as? [[String: Any]])
            var oldRows = rows
            oldRows[0]["fiscalYear"] = 1900
            object["evaluations"] = oldRows
            let year1900 = String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self)
            let text = try #require(rows[0]["document"] as? String)
            var document = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
            document["statedTotal"] = "99999999999999999999"
            rows[0]["document"] = String(decoding: try JSONSerialization.data(withJSONObject: document), as: UTF8.self)
            object["evaluations"] = rows
            let huge = String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self)
            // when
            let refusedYear = try await admin.upload(
                "/admin/restore", fileField: "file", filename: "b.json",
                content: year1900, contentType: "application/json")
            let refusedNumber = try await admin.upload(
                "/admin/restore", fileField: "file", filename: "b.json",
                content: huge, contentType: "application/json")
            let valid = try await admin.upload(
                "/admin/restore", fileField: "file", filename: "b.json",
                content: backup, contentType: "application/json")
            // then
            #expect(refusedYear.status == .unprocessableEntity)
            #expect(refusedYear.body.string.contains("年度 1900 不在 2000–2100 之间"))
            #expect(refusedNumber.status == .unprocessableEntity)
            #expect(refusedNumber.body.string.contains("statedTotal 的数值过大"))
            #expect(valid.status == .conflict)
        }
    }

    @Test(
        "malformed API bodies and backups get a Chinese message naming the field, no Swift internals",
        arguments: [TestDatabase.sqlite])
    func decodingMessages(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given
            let id = try await Fixtures.evaluationID(app)
            var api = Browser(app: app)
            api.bearer = try await Fixtures.token(app, for: "filer")
            var admin = try await Browser.signedIn(app, as: "admin")
            // when
            let badKind = try await api.json(
                .POST, "/api/v1/evaluations", #"{"kind":"nope","unit":{"name":"x"},"fiscalYear":2025,"frameworkID":""}"#)
            let wrongType = try await api.json(.POST, "/api/v1/evaluations", #"{"kind":5}"#)
            let notJSON = try await api.json(.POST, "/api/v1/evaluations", "not json")
            let deep = try await api.json(.POST, "/api/v1/evaluations", String(repeating: "[", count: 100_000))
            let badVersion = try await api.json(.PUT, "/api/v1/evaluations/\(id)", #"{"version":"x","evaluation":{}}"#)
            let badFigure = try await api.json(
                .PUT, "/api/v1/evaluations/\(id)",
                #"{"version":1,"evaluation":{"kind":"departmentWide","unit":{"name":"x"},"fiscalYear":2023,"frameworkID":"x","status":"draft","filing":{},"figures":{"budgetAdjusted":"abc"},"targets":[],"indicators":{},"narrative":[]}}"#
            )
            let restore = try await admin.upload(
                "/admin/restore", fileField: "file", filename: "backup.json",
                content: #"{"users": 5}"#, contentType: "application/json")
            // then
            let messages = try [badKind, wrongType, notJSON, badVersion, badFigure].map {
                try $0.content.decode(APIErrorDTO.self).error.message
            }
            #expect(messages[0] == "字段 kind 的值无效。")
            #expect(messages[1].contains("字段 kind 的类型不对"))
            #expect(messages[2].contains("不是有效的 JSON"))
            #expect(messages[3].contains("字段 version"))
            #expect(messages[4].contains("evaluation.figures.budgetAdjusted"))
            #expect(restore.status == .unprocessableEntity)
            #expect(restore.body.string.contains("备份文件无法读取"))
            #expect(deep.status == .badRequest)
            #expect([badKind, wrongType, notJSON, deep, badVersion, badFigure].map(\.status.code) == [400, 400, 400, 400, 400, 400])
            for response in [badKind, wrongType, notJSON, deep, badVersion, badFigure, restore] {
                for word in ["CodingKeys", "DecodingError", "Swift.", "codingPath", "debugDescription"] {
                    #expect(!response.body.string.contains(word), "\(response.body.string.prefix(300))")
                }
            }
        }
    }
}
