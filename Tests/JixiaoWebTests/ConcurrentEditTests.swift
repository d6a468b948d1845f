import JixiaoCore
import JixiaoStore
import Testing
import Vapor
import VaporTesting

@testable import JixiaoWeb

@Suite("Two people editing one evaluation", .timeLimit(.minutes(10)))
struct ConcurrentEditTests {
    @Test("changes to different fields are merged; nothing is lost", arguments: TestDatabase.all)
    func merge(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given: both open version 1
            let id = try await Fixtures.evaluationID(app)
            var alice = try await Browser.signedIn(app, as: "filer")
            var bob = try await Browser.signedIn(app, as: "admin")
            let formA = try await Fixtures.form(&alice, id)
            let formB = try await Fixtures.form(&bob, id)
            // when: both save, one after the other, from version 1
            var a = formA; a["filing.filedBy"] = "张三"
            var b = formB; b["figures.incomeTotal"] = "888.00"
            let first = try await alice.post("/evaluations/\(id)", form: a)
            let second = try await bob.post("/evaluations/\(id)", form: b)
            // then
            #expect(first.status == .seeOther)
            #expect(second.status == .seeOther)
            #expect(second.headers.first(name: .location)?.hasSuffix("?merged=1") == true)
            let stored = try #require(try await FluentEvaluationRepository(database: app.db).find(id: id))
            #expect(stored.version == 3)
            #expect(stored.evaluation.filing.filedBy == "张三")
            #expect(stored.evaluation.figures["incomeTotal"] == ExactDecimal(888))
        }
    }

    @Test("the same field changed by both: the second gets a clear message and keeps the input", arguments: TestDatabase.all)
    func conflict(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given
            let id = try await Fixtures.evaluationID(app)
            var alice = try await Browser.signedIn(app, as: "filer")
            var bob = try await Browser.signedIn(app, as: "admin")
            var a = try await Fixtures.form(&alice, id)
            var b = try await Fixtures.form(&bob, id)
            a["figures.incomeTotal"] = "701.00"
            b["figures.incomeTotal"] = "702.00"
            // when
            _ = try await alice.post("/evaluations/\(id)", form: a)
            let second = try await bob.post("/evaluations/\(id)", form: b)
            // then
            #expect(second.status == .conflict)
            #expect(second.body.string.contains("五华填报人"))
            #expect(second.body.string.contains("value=\"702.00\""))
            #expect(second.body.string.contains(WebText.conflictField))
            let stored = try #require(try await FluentEvaluationRepository(database: app.db).find(id: id))
            #expect(stored.evaluation.figures["incomeTotal"] == ExactDecimal(701))
        }
    }

    @Test("concurrent API writers: exactly one wins per version", arguments: TestDatabase.all)
    func race(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given
            let id = try await Fixtures.evaluationID(app)
            let repository = FluentEvaluationRepository(database: app.db)
            let original = try #require(try await repository.find(id: id))
            // when: 8 writers all start from version 1
            let outcomes = try await withThrowingTaskGroup(of: Bool.self) { group in
                for writer in 0..<8 {
                    group.addTask {
                        var e = original.evaluation
                        e.figures["otherIncome"] = ExactDecimal(writer)
                        do {
                            _ = try await repository.update(
                                id: id, expectedVersion: 1, evaluation: e,
                                metrics: .init(), by: "w\(writer)", changes: [])
                            return true
                        } catch RepositoryError.versionConflict { return false }
                    }
                }
                return try await group.reduce(into: [Bool]()) { $0.append($1) }
            }
            // then
            #expect(outcomes.filter { $0 }.count == 1)
            #expect(try await repository.find(id: id)?.version == 2)
        }
    }
}
