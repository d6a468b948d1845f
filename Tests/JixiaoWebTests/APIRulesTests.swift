import Foundation
import JixiaoCore
import Testing
import Vapor
import VaporTesting

@testable import JixiaoWeb

/// The API's update enforces what creation and the web form enforce (issue 12, row 3).
@Suite("API rules as on the forms", .timeLimit(.minutes(10)))
struct APIRulesTests {
    static let project = """
        {"kind":"project","unit":{"name":"x","code":"wuhua-data"},"fiscalYear":2025,"frameworkID":"mof-2020-project",
         "status":"draft","filing":{},"project":{"name":"政务热线运维"},"figures":{},"targets":[],"indicators":{},"narrative":[]}
        """

    @Test(
        "PUT refuses a changed year, an unknown framework, one of another kind and huge numbers; the draft stays",
        arguments: TestDatabase.all)
    func updateRules(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given
            var client = Browser(app: app)
            client.bearer = try await Fixtures.token(app, for: "filer")
            let dto = try await client.json(.POST, "/api/v1/evaluations", Self.project).content.decode(EvaluationDTO.self)
            func put(_ change: (inout Evaluation) -> Void) async throws -> TestingHTTPResponse {
                var e = dto.evaluation
                change(&e)
                let body = String(
                    decoding: try JSONEncoder().encode(EvaluationUpdateDTO(version: dto.version, evaluation: e)),
                    as: UTF8.self)
                return try await client.json(.PUT, "/api/v1/evaluations/\(dto.id)", body)
            }
            // when
            let refused = [
                try await put { $0.fiscalYear = 1900 },
                try await put { $0.fiscalYear = 2024 },
                try await put { $0.frameworkID = "no-such-framework" },
                try await put { $0.frameworkID = "guangdong-county-department" },
                try await put { $0.unit.code = Fixtures.otherUnit },
                try await put { $0.figures["budgetAdjusted"] = ExactDecimal(1_000_000_000_000_000_000) },
            ]
            let allowed = try await put { $0.figures["budgetAdjusted"] = ExactDecimal(100) }
            // then
            for response in refused {
                #expect(response.status == .unprocessableEntity, "\(response.body.string)")
                let message = try response.content.decode(APIErrorDTO.self).error.message
                #expect(message.unicodeScalars.contains { $0.value >= 0x4E00 && $0.value <= 0x9FFF }, "\(message)")
            }
            #expect(try refused[0].content.decode(APIErrorDTO.self).error.message.contains("fiscalYear"))
            #expect(try refused[2].content.decode(APIErrorDTO.self).error.message == WebText.frameworkUnknown)
            #expect(allowed.status == .ok)
            #expect(try allowed.content.decode(EvaluationDTO.self).version == dto.version + 1)
        }
    }

    @Test(
        "POST refuses year 1900, a framework of another kind and huge numbers, as the web form does",
        arguments: [TestDatabase.sqlite])
    func createRules(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given
            var client = Browser(app: app)
            client.bearer = try await Fixtures.token(app, for: "filer")
            var browser = try await Browser.signedIn(app, as: "filer")
            // when
            let year1900 = try await client.json(
                .POST, "/api/v1/evaluations",
                Self.project.replacingOccurrences(of: "2025", with: "1900"))
            let wrongKind = try await client.json(
                .POST, "/api/v1/evaluations",
                Self.project.replacingOccurrences(
                    of: "mof-2020-project", with: "guangdong-county-department"))
            let huge = try await client.json(
                .POST, "/api/v1/evaluations",
                Self.project.replacingOccurrences(
                    of: #""figures":{}"#, with: #""figures":{"budgetAdjusted":"99999999999999999999"}"#))
            let long = String(repeating: "很长的文字。", count: 20_000)
            let longText = try await client.json(
                .POST, "/api/v1/evaluations",
                Self.project.replacingOccurrences(
                    of: #""narrative":[]"#, with: #""narrative":[{"key":"summary","title":"概述","text":"\#(long)"}]"#))
            let form = try await browser.post(
                "/evaluations",
                form: [
                    "framework": "mof-2020-project", "year": "1900",
                    "unit": Fixtures.filerUnit,
                ])
            // then
            #expect(year1900.status == .unprocessableEntity)
            #expect(wrongKind.status == .unprocessableEntity)
            #expect(try wrongKind.content.decode(APIErrorDTO.self).error.message.contains("不适用"))
            #expect(huge.status == .unprocessableEntity)
            #expect(try huge.content.decode(APIErrorDTO.self).error.message.contains("figures.budgetAdjusted"))
            #expect(longText.status == .unprocessableEntity)
            #expect(try longText.content.decode(APIErrorDTO.self).error.message.contains("narrative.summary"))
            #expect(form.status == .unprocessableEntity)
            #expect(form.body.string.contains(WebText.yearInvalid))
        }
    }
}
