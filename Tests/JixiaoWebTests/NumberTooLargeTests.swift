import Foundation
import Testing
import Vapor
import VaporTesting

@testable import JixiaoWeb

/// JSON numbers an integer field cannot hold (1e30, 2⁶⁴) are refused naming the field,
/// not as a body that is "not valid JSON".
@Suite("Numbers too large for a field", .timeLimit(.minutes(10)))
struct NumberTooLargeTests {
    @Test(
        "an API PUT or POST with 1e30 or 2⁶⁴ for an integer, also deep in a whole evaluation, gets a 400 naming the field in Chinese",
        arguments: [TestDatabase.sqlite])
    func namesTheField(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given
            let id = try await Fixtures.evaluationID(app)
            var api = Browser(app: app)
            api.bearer = try await Fixtures.token(app, for: "filer")
            // when
            let version = try await api.json(.PUT, "/api/v1/evaluations/\(id)", #"{"version":1e30,"evaluation":{}}"#)
            let huge = try await api.json(
                .PUT, "/api/v1/evaluations/\(id)",
                #"{"version":18446744073709551616,"evaluation":{}}"#)
            let year = try await api.json(
                .POST, "/api/v1/evaluations",
                #"{"kind":"departmentWide","unit":{"name":"x"},"fiscalYear":1e30,"frameworkID":""}"#)
            let stored = try await api.get("/api/v1/evaluations/\(id)")
            var document = try #require(try JSONSerialization.jsonObject(with: Data(stored.body.readableBytesView)) as? [String: Any])
            var evaluation = try #require(document["evaluation"] as? [String: Any])
            evaluation["fiscalYear"] = 1e30
            document["evaluation"] = evaluation
            let body = String(decoding: try JSONSerialization.data(withJSONObject: document), as: UTF8.self)
            let nested = try await api.json(.PUT, "/api/v1/evaluations/\(id)", body)
            // then
            #expect(nested.status == .badRequest)
            #expect(try nested.content.decode(APIErrorDTO.self).error.message.hasPrefix("字段 evaluation.fiscalYear "))
            let messages = try [version, huge, year].map { try $0.content.decode(APIErrorDTO.self).error.message }
            #expect(messages[0].hasPrefix("字段 version "))
            #expect(messages[1].hasPrefix("字段 version "))
            #expect(messages[2].hasPrefix("字段 fiscalYear "))
            for response in [version, huge, year] {
                #expect(response.status == .badRequest)
                #expect(!response.body.string.contains("JSON"))
                #expect(!response.body.string.contains("Swift"))
            }
        }
    }
}
