import Foundation
import JixiaoCore
import JixiaoFiles
import Testing
import Vapor
import VaporTesting

@testable import JixiaoWeb

/// `/api/v1/targets…`, and the same findings from the CLI, the web page and the API.
@Suite("绩效目标申报 API", .timeLimit(.minutes(10)))
struct DeclarationAPITests {
    struct Shown: Hashable, Comparable {
        var rule: String
        var field: String
        static func < (a: Shown, b: Shown) -> Bool { (a.rule, a.field) < (b.rule, b.field) }
    }

    struct Report: Decodable {
        var findings: [Item]; struct Item: Decodable { var rule: String; var message: String; var line: Int?; var field: String? }
    }
    struct Stored: Decodable { var id: String; var version: Int; var status: String; var findings: [Report.Item] }

    /// The example with planted defects: funds that do not add up, a cost row as a lower bound, a placeholder.
    static func defective() throws -> String {
        let url = Fixtures.packageRoot().appendingPathComponent("examples/targets-project.yaml")
        return try String(contentsOf: url, encoding: .utf8)
            .replacingOccurrences(of: "total: \"120.00\"", with: "total: \"125.00\"")
            .replacingOccurrences(of: "name: 热线运维成本\n    direction: \"≤\"", with: "name: 热线运维成本\n    direction: \"≥\"")
            .replacingOccurrences(of: "target: \"95\"", with: "target: \"待定\"")
            .replacingOccurrences(of: "project: 政务服务热线运行维护", with: "project: 政务服务热线运行维护二期")
    }

    static func values(of attribute: String, in html: String) -> [String] {
        html.components(separatedBy: " \(attribute)=\"").dropFirst().compactMap { $0.split(separator: "\"").first.map(String.init) }
    }

    @Test(
        "CLI, web page and API give the same findings for the same declaration (the examples and a defective one)",
        arguments: TestDatabase.all)
    func sameFindings(_ database: TestDatabase) async throws {
        let defective = FileManager.default.temporaryDirectory.appendingPathComponent("targets-defective-\(UUID().uuidString).yaml")
        try Self.defective().write(to: defective, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: defective) }
        let files =
            ["targets-project.yaml", "targets-department.yaml"]
            .map { Fixtures.packageRoot().appendingPathComponent("examples/\($0)").path } + [defective.path]
        try await withJixiaoApp(database) { app in
            var api = Browser(app: app)
            api.bearer = try await Fixtures.token(app, for: "filer")
            var page = try await Browser.signedIn(app, as: "filer")
            var defectsSeen = 0
            for file in files {
                // given: the CLI's report of the file
                let (cli, _) = try DeclarationReport.check(
                    file: file, checker: DeclarationChecker(library: try LibraryReader.standard(extraFiles: [])))
                let expected = cli.findings.map { Shown(rule: $0.rule, field: $0.field ?? "") }.sorted()
                let messages = Set(cli.findings.map(\.message))
                // when: the file's text checked and stored through the API, then shown on the page
                let text = try String(contentsOfFile: file, encoding: .utf8)
                let checked = try JSONDecoder().decode(
                    Report.self,
                    from: Data(try await api.send(.POST, "/api/v1/targets/check", body: text, contentType: .plainText).body.string.utf8))
                let createdResponse = try await api.send(.POST, "/api/v1/targets", body: text, contentType: .plainText)
                let created = try JSONDecoder().decode(Stored.self, from: Data(createdResponse.body.string.utf8))
                let html = try await page.get("/targets/\(created.id)").body.string
                let onPage = Self.values(of: "data-rule", in: html).sorted()
                // then
                #expect(createdResponse.status == .created)
                #expect(checked.findings.map { Shown(rule: $0.rule, field: $0.field ?? "") }.sorted() == expected, "\(file)")
                #expect(Set(checked.findings.map(\.message)) == messages)
                #expect(checked.findings.map(\.line) == cli.findings.map(\.line))
                #expect(created.findings.map { Shown(rule: $0.rule, field: $0.field ?? "") }.sorted() == expected)
                #expect(Set(created.findings.map(\.message)) == messages)
                #expect(onPage == expected.map(\.rule).sorted())
                defectsSeen += expected.count
            }
            #expect(defectsSeen >= 3)
        }
    }

    @Test("create, read, update with version, conflict, workflow with per-row verdicts, scope", arguments: TestDatabase.all)
    func crud(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given
            var filer = Browser(app: app), other = Browser(app: app), reviewer = Browser(app: app), approver = Browser(app: app)
            filer.bearer = try await Fixtures.token(app, for: "filer")
            other.bearer = try await Fixtures.token(app, for: "filer-xinfeng")
            reviewer.bearer = try await Fixtures.token(app, for: "reviewer")
            approver.bearer = try await Fixtures.token(app, for: "approver")
            let text = try String(
                contentsOf: Fixtures.packageRoot().appendingPathComponent("examples/targets-department.yaml"), encoding: .utf8)
            // when
            let created = try JSONDecoder().decode(
                Stored.self,
                from: Data(try await filer.send(.POST, "/api/v1/targets", body: text, contentType: .plainText).body.string.utf8))
            let read = try await filer.get("/api/v1/targets/\(created.id)").body.string
            let fileForm = try #require(try JSONSerialization.jsonObject(with: Data(read.utf8)) as? [String: Any])["declaration"]
            let body = String(decoding: try JSONSerialization.data(withJSONObject: try #require(fileForm)), as: UTF8.self)
            let updated = try await filer.send(.PUT, "/api/v1/targets/\(created.id)?version=1", body: body, contentType: .json)
            let stale = try await filer.send(.PUT, "/api/v1/targets/\(created.id)?version=1", body: body, contentType: .json)
            let noVersion = try await filer.send(.PUT, "/api/v1/targets/\(created.id)", body: body, contentType: .json)
            let otherRead = try await other.get("/api/v1/targets/\(created.id)")
            let duplicate = try await filer.send(.POST, "/api/v1/targets", body: text, contentType: .plainText)
            let unreadable = try await filer.send(
                .POST, "/api/v1/targets", body: "scope: project\nunit: 甲\nfiscalYear: 二〇二五", contentType: .plainText)
            _ = try await filer.json(.POST, "/api/v1/targets/\(created.id)/workflow", #"{"action":"submit"}"#)
            _ = try await approver.json(.POST, "/api/v1/targets/\(created.id)/workflow", #"{"action":"approve"}"#)
            let returned = try await reviewer.json(
                .POST, "/api/v1/targets/\(created.id)/workflow",
                #"{"action":"sendBack","reason":"满意度口径不清","rows":{"1":{"verdict":"revise","comment":"请说明口径"}}}"#)
            let list = try await reviewer.get("/api/v1/targets?year=2025").body.string
            let otherList = try await other.get("/api/v1/targets").body.string
            // then
            #expect(created.version == 1 && created.status == "draft" && created.findings.isEmpty)
            #expect(noVersion.status == .badRequest && noVersion.body.string.contains("version"))
            #expect(updated.status == .ok && stale.status == .conflict && stale.body.string.contains("\"currentVersion\":2"))
            #expect(otherRead.status == .notFound)
            #expect(duplicate.status == .conflict && duplicate.body.string.contains(created.id))
            #expect(unreadable.status == .unprocessableEntity && unreadable.body.string.contains("fiscalYear"))
            #expect(
                returned.status == .ok && returned.body.string.contains("\"returnReason\":\"满意度口径不清\"")
                    && returned.body.string.contains("请说明口径"))
            #expect(list.contains(created.id) && !otherList.contains(created.id))
        }
    }

    @Test(
        "the OpenAPI document lists the declaration operations with declaration files as bodies and answers",
        arguments: [TestDatabase.sqlite])
    func openAPI(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given
            var client = Browser(app: app)
            // when
            let json = try JSONSerialization.jsonObject(with: Data(try await client.get("/api/v1/openapi.json").body.readableBytesView))
            // then
            let document = try #require(json as? [String: Any])
            let paths = try #require(document["paths"] as? [String: [String: Any]])
            #expect(Set(paths["/targets"]?.keys.map { $0 } ?? []) == ["get", "post"])
            #expect(Set(paths["/targets/{id}"]?.keys.map { $0 } ?? []) == ["get", "put"])
            #expect(paths["/targets/check"]?["post"] != nil && paths["/targets/{id}/workflow"]?["post"] != nil)
            let put = try #require(paths["/targets/{id}"]?["put"] as? [String: Any])
            let text = String(decoding: try JSONSerialization.data(withJSONObject: put, options: .withoutEscapingSlashes), as: UTF8.self)
            #expect(
                text.contains("DeclarationFile") && text.contains("\"#/components/schemas/Declaration\"") && !text.contains("Evaluation"))
            let schemas = try #require((document["components"] as? [String: Any])?["schemas"] as? [String: Any])
            #expect(["DeclarationFile", "DeclarationStep", "Declaration", "DeclarationReport"].allSatisfy { schemas[$0] != nil })
        }
    }
}
