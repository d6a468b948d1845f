import Foundation
import JixiaoCore
import Testing
import Vapor
import VaporTesting

@testable import JixiaoWeb

@Suite("整改 API: /api/v1/rectifications", .timeLimit(.minutes(10)))
struct RectificationAPITests {
    struct Item: Decodable {
        var id: String
        var version: Int
        var status: String
        var unitCode: String
        var fiscalYear: Int
        var deadline: String
        var answer: String?
        var comment: String?
        var overdue: Bool
    }

    struct Failure: Decodable {
        struct Body: Decodable {
            var status: Int
            var message: String
            var currentVersion: Int?
        }
        var error: Body
    }

    /// The error body of a refused call (an empty one when the body is not an error).
    static func failure(_ response: TestingHTTPResponse) -> Failure.Body {
        (try? decode(Failure.self, response).error) ?? Failure.Body(status: 0, message: "", currentVersion: nil)
    }

    static func decode<T: Decodable>(_ type: T.Type, _ response: TestingHTTPResponse) throws -> T {
        try JSONDecoder().decode(T.self, from: Data(response.body.string.utf8))
    }

    @Test("raise, list by status/unit/year, read, answer, close; refusals name the field; scope is a 404", arguments: TestDatabase.all)
    func walk(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given
            let id = try await Fixtures.evaluationID(app)
            var reviewer = try await ReviewFixtures.api(app, as: "reviewer"), filer = try await ReviewFixtures.api(app, as: "filer")
            var other = try await ReviewFixtures.api(app, as: "filer-xinfeng")
            let deadline = RectificationPageTests.deadline
            // when
            let created = try await reviewer.json(
                .POST, "/api/v1/rectifications",
                #"{"kind":"evaluation","subject":"\#(id)","requirement":"补充佐证","deadline":"\#(deadline)"}"#)
            let item = try Self.decode(Item.self, created)
            let badDeadline = try await reviewer.json(
                .POST, "/api/v1/rectifications", #"{"kind":"evaluation","subject":"\#(id)","requirement":"x","deadline":"明天"}"#)
            let badTarget = try await reviewer.json(
                .POST, "/api/v1/rectifications",
                #"{"kind":"evaluation","subject":"\#(id)","target":2,"requirement":"x","deadline":"\#(deadline)"}"#)
            let byFiler = try await filer.json(
                .POST, "/api/v1/rectifications", #"{"kind":"evaluation","subject":"\#(id)","requirement":"x","deadline":"\#(deadline)"}"#)
            let listed = try Self.decode([Item].self, try await filer.get("/api/v1/rectifications?status=open&year=2024"))
            let otherList = try Self.decode([Item].self, try await other.get("/api/v1/rectifications"))
            let hidden = try await other.get("/api/v1/rectifications/\(item.id)").status
            let emptyAnswer = try await filer.json(.POST, "/api/v1/rectifications/\(item.id)/answer", #"{"text":""}"#)
            let answered = try Self.decode(
                Item.self, try await filer.json(.POST, "/api/v1/rectifications/\(item.id)/answer", #"{"text":"已补充","version":1}"#))
            let stale = try await reviewer.json(.POST, "/api/v1/rectifications/\(item.id)/close", #"{"version":1}"#)
            let closed = try Self.decode(
                Item.self, try await reviewer.json(.POST, "/api/v1/rectifications/\(item.id)/close", #"{"text":"同意","version":2}"#))
            let read = try Self.decode(Item.self, try await filer.get("/api/v1/rectifications/\(item.id)"))
            let closedList = try Self.decode(
                [Item].self, try await reviewer.get("/api/v1/rectifications?status=closed&unit=\(Fixtures.filerUnit)"))
            let badStatus = try await reviewer.get("/api/v1/rectifications?status=finished").status
            // then
            #expect(created.status == .created && item.status == "open" && item.unitCode == Fixtures.filerUnit && item.fiscalYear == 2024)
            #expect(item.deadline == deadline && !item.overdue)
            #expect(
                badDeadline.status == .unprocessableEntity
                    && Self.failure(badDeadline).message.hasPrefix("deadline："))
            #expect(
                badTarget.status == .unprocessableEntity && Self.failure(badTarget).message.hasPrefix("target："))
            #expect(byFiler.status == .forbidden)
            #expect(listed.map(\.id) == [item.id] && otherList.isEmpty && hidden == .notFound)
            #expect(
                emptyAnswer.status == .unprocessableEntity
                    && Self.failure(emptyAnswer).message == "answer：请填写整改情况。")
            #expect(answered.status == "answered" && answered.answer == "已补充" && answered.version == 2)
            #expect(stale.status == .conflict && Self.failure(stale).currentVersion == 2)
            #expect(closed.status == "closed" && closed.comment == "同意")
            #expect(read.status == "closed" && closedList.map(\.id) == [item.id])
            #expect(badStatus == .badRequest)
        }
    }

    @Test("the OpenAPI document lists the rectification paths with their bodies")
    func openAPI() throws {
        let json = try JSONSerialization.data(withJSONObject: OpenAPIDocument.document(), options: [.sortedKeys, .withoutEscapingSlashes])
        let text = String(decoding: json, as: UTF8.self)
        #expect(text.contains("\"/rectifications/{id}/answer\"") && text.contains("\"/rectifications/{id}/reopen\""))
        #expect(text.contains("RectificationCommand") && text.contains("RectificationStep"))
    }
}
