import Foundation
import JixiaoCore
import Testing
import Vapor
import VaporTesting

@testable import JixiaoWeb

@Suite("JSON API", .timeLimit(.minutes(10)))
struct APITests {
    @Test("anonymous calls get 401 with a JSON error", arguments: [TestDatabase.sqlite])
    func anonymous(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given
            var client = Browser(app: app)
            // when
            let response = try await client.get("/api/v1/evaluations")
            // then
            #expect(response.status == .unauthorized)
            #expect(response.headers.first(name: .wwwAuthenticate) == "Bearer")
            #expect(response.body.string.contains("\"status\":401"))
        }
    }

    @Test("create, read, list, update with version, 409 on a stale version", arguments: TestDatabase.all)
    func crud(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given
            var client = Browser(app: app)
            client.bearer = try await Fixtures.token(app, for: "filer")
            let body = """
                {"kind":"project","unit":{"name":"x","code":"wuhua-data"},"fiscalYear":2025,"frameworkID":"mof-2020-project",
                 "status":"draft","filing":{},"project":{"name":"政务热线运维"},"figures":{"budgetAdjusted":"120.50"},
                 "targets":[],"indicators":{},"narrative":[]}
                """
            // when
            let created = try await client.json(.POST, "/api/v1/evaluations", body)
            let dto = try created.content.decode(EvaluationDTO.self)
            let read = try await client.get("/api/v1/evaluations/\(dto.id)")
            let list = try await client.get("/api/v1/evaluations?year=2025&status=draft")
            var changed = dto.evaluation
            changed.figures["budgetExecuted"] = ExactDecimal(100)
            let update = String(decoding: try JSONEncoder().encode(EvaluationUpdateDTO(version: 1, evaluation: changed)), as: UTF8.self)
            let updated = try await client.json(.PUT, "/api/v1/evaluations/\(dto.id)", update)
            let stale = try await client.json(.PUT, "/api/v1/evaluations/\(dto.id)", update)
            let check = try await client.get("/api/v1/evaluations/\(dto.id)/check")
            // then
            #expect(created.status == .created)
            #expect(dto.evaluation.unit.name == "五华县政务服务数据管理局")
            #expect(dto.evaluation.figures["budgetAdjusted"] == ExactDecimal(significand: 12050, decimalPlaces: 2))
            #expect(read.status == .ok)
            #expect(try list.content.decode(EvaluationListDTO.self).items.map(\.id) == [dto.id])
            #expect(try updated.content.decode(EvaluationDTO.self).version == 2)
            #expect(stale.status == .conflict)
            #expect(stale.body.string.contains("\"currentVersion\":2"))
            let findings = try check.content.decode(CheckDTO.self)
            #expect(findings.blocking > 0)
            #expect(findings.findings.contains { $0.rule == "figure.missing" })
        }
    }

    @Test("outside the caller's scope: 403 for another unit's list, creation refused", arguments: [TestDatabase.sqlite])
    func scope(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given
            var client = Browser(app: app)
            client.bearer = try await Fixtures.token(app, for: "approver")
            // when
            let otherUnit = try await client.get("/api/v1/evaluations?unit=\(Fixtures.otherUnit)")
            let create = try await client.json(.POST, "/api/v1/evaluations", "{}")
            let own = try await client.get("/api/v1/evaluations")
            // then
            #expect(otherUnit.status == .forbidden)
            #expect(create.status == .forbidden)
            #expect(try own.content.decode(EvaluationListDTO.self).items.allSatisfy { $0.unitCode == Fixtures.filerUnit })
        }
    }

    @Test("the OpenAPI document lists exactly the API routes", arguments: [TestDatabase.sqlite])
    func openAPI(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given
            var client = Browser(app: app)
            // when
            let response = try await client.get("/api/v1/openapi.json")
            let json = try JSONSerialization.jsonObject(with: Data(response.body.string.utf8)) as? [String: Any]
            let paths = json?["paths"] as? [String: [String: Any]] ?? [:]
            let documented = Set(paths.flatMap { path, ops in ops.keys.map { "\($0.uppercased()) /api/v1\(path)" } })
            // then
            let served = Set(
                RouteTable.all().filter { $0.url.path.hasPrefix("/api/") }.map {
                    "\($0.method.rawValue) " + $0.url.path.replacingOccurrences(of: SiteURL.parameter, with: "{id}")
                })
            let list = paths["/evaluations"]?["get"] as? [String: Any]
            let parameters = (list?["parameters"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String }
            #expect(json?["openapi"] as? String == "3.0.3")
            #expect(documented == served)
            #expect(parameters == ["unit", "year", "status", "page", "per", "after"])
        }
    }
}
