import Foundation
import JixiaoCore
import JixiaoStore
import Testing
import Vapor
import VaporTesting

@testable import JixiaoWeb

@Suite("Concurrent API saves of one version", .timeLimit(.minutes(10)))
struct ConcurrentAPISaveTests {
    static let writers = 20

    @Test(
        "20 PUTs of the same version at once: exactly one 200, every other one 409, none 5xx",
        arguments: TestDatabase.all)
    func twentyWriters(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given: every writer starts from version 1 of one evaluation
            let id = try await Fixtures.evaluationID(app)
            let token = try await Fixtures.token(app, for: "filer")
            let original = try #require(try await FluentEvaluationRepository(database: app.db).find(id: id))
            let bodies = try (0..<Self.writers).map { writer in
                var e = original.evaluation
                e.figures["otherIncome"] = ExactDecimal(writer + 1)
                return String(
                    decoding: try JSONEncoder().encode(EvaluationUpdateDTO(version: original.version, evaluation: e)),
                    as: UTF8.self)
            }
            // when
            let statuses = try await withThrowingTaskGroup(of: UInt.self) { group in
                for body in bodies {
                    group.addTask {
                        var client = Browser(app: app)
                        client.bearer = token
                        return try await client.json(.PUT, "/api/v1/evaluations/\(id)", body).status.code
                    }
                }
                return try await group.reduce(into: [UInt]()) { $0.append($1) }
            }
            // then
            #expect(statuses.filter { $0 == 200 }.count == 1, "statuses: \(statuses.sorted())")
            #expect(statuses.filter { $0 == 409 }.count == Self.writers - 1, "statuses: \(statuses.sorted())")
            #expect(statuses.allSatisfy { $0 < 500 })
            let stored = try #require(try await FluentEvaluationRepository(database: app.db).find(id: id))
            #expect(stored.version == original.version + 1)
        }
    }
}
