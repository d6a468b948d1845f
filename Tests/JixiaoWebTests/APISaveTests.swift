import Foundation
import JixiaoCore
import JixiaoStore
import Testing
import Vapor
import VaporTesting

@testable import JixiaoWeb

/// The API save is one version-checked write after one read (`FluentEvaluationRepository.update`;
/// on PostgreSQL one prepared statement): what it writes, exactly once, and what a stale version
/// leaves untouched.
@Suite("API save: one read, one version-checked write", .timeLimit(.minutes(10)))
struct APISaveTests {
    @Test(
        "a save writes its history rows once and answers what is read back; a stale version is 409 in Chinese and writes nothing",
        arguments: TestDatabase.all)
    func writesOnce(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            try await Self.saveAndConflict(app, mark: 1)
        }
    }

    @Test(
        "on PostgreSQL the save runs prepared, and as before with prepared statements off (JIXIAO_PG_PREPARED=0)",
        .enabled(if: !ConcurrentStartTests.postgres.isEmpty, "需要 PostgreSQL（JIXIAO_TEST_POSTGRES_URL）"),
        arguments: ConcurrentStartTests.postgres)
    func preparedAndNot(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given
            let cache = try #require(app.storage[StatementCacheKey.self])
            let before = cache.preparedCount
            // when / then: prepared (twice: the second run uses the statement prepared by the first)
            try await Self.saveAndConflict(app, mark: 1)
            try await Self.saveAndConflict(app, mark: 2)
            #expect(cache.preparedCount > before)
            // when / then: unprepared, as with JIXIAO_PG_PREPARED=0
            app.storage[StatementCacheKey.self] = nil
            try await Self.saveAndConflict(app, mark: 3)
        }
    }

    /// Saves the filer's seeded evaluation through the API (values made of `mark`, new on each
    /// call), then again at the version it was read at.
    static func saveAndConflict(_ app: Application, mark: Int) async throws {
        // given
        let id = try await Fixtures.evaluationID(app)
        let admin = try #require(try await FluentAccountRepository(database: app.db).user(username: "admin"))
        let repository = FluentEvaluationRepository(database: app.db)
        let original = try #require(try await repository.find(id: id))
        let historyBefore = try await repository.history(id: id)
        var client = Browser(app: app)
        client.bearer = try await Fixtures.token(app, for: "admin")
        var changed = original.evaluation
        changed.figures["otherIncome"] = ExactDecimal(mark * 10 + 7)
        changed.filing.phone = "0753-765432\(mark)"
        var late = original.evaluation
        late.figures["otherIncome"] = ExactDecimal(mark * 10 + 8)
        // when
        let saved = try await client.json(.PUT, "/api/v1/evaluations/\(id)", try Self.body(original.version, changed))
        let stale = try await client.json(.PUT, "/api/v1/evaluations/\(id)", try Self.body(original.version, late))
        // then: saved once, at the next version, and the answer is what a read gives
        #expect(saved.status == .ok, "\(saved.body.string.prefix(300))")
        let answer = try saved.content.decode(EvaluationDTO.self)
        let found = try #require(try await repository.find(id: id))
        #expect(answer.version == original.version + 1 && found.version == original.version + 1)
        #expect(answer.evaluation == found.evaluation)
        #expect(found.evaluation.figures["otherIncome"] == ExactDecimal(mark * 10 + 7))
        let read = try await client.get("/api/v1/evaluations/\(id)")
        #expect(try read.content.decode(EvaluationDTO.self).evaluation == answer.evaluation)
        let history = try await repository.history(id: id)
        let written = history.filter { $0.version == found.version }
        let expected = EvaluationDiff.changes(from: original.evaluation, to: found.evaluation)
        #expect(expected.count == 2 && written.count == expected.count && Set(written.map(\.change)) == Set(expected))
        #expect(written.allSatisfy { $0.by == admin.account.displayName } && found.updatedBy == admin.account.displayName)
        #expect(try await repository.document(id: id, version: found.version) == found.evaluation)
        // then: the stale save is refused in Chinese with the current version, and wrote nothing
        #expect(stale.status == .conflict)
        #expect(stale.body.string.contains("\"currentVersion\":\(found.version)"))
        #expect(stale.body.string.contains("保存未成功：该评价已被"))
        #expect(try await repository.find(id: id)?.version == found.version)
        #expect(try await repository.find(id: id)?.evaluation.figures["otherIncome"] == ExactDecimal(mark * 10 + 7))
        #expect(try await repository.history(id: id).count == historyBefore.count + written.count)
        #expect(try await repository.document(id: id, version: found.version + 1) == nil)
    }

    static func body(_ version: Int, _ evaluation: Evaluation) throws -> String {
        String(decoding: try JSONEncoder().encode(EvaluationUpdateDTO(version: version, evaluation: evaluation)), as: UTF8.self)
    }
}
