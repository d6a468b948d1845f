import FluentSQL
import Foundation
import JixiaoCore
import JixiaoStore
import Testing
import Vapor

@testable import JixiaoWeb

/// The hot reads on PostgreSQL run as named prepared statements (`PreparedPostgresDatabase`); they
/// must give exactly what the same queries give through Fluent, and a query PostgreSQL refuses
/// prepared must still answer. (The session read runs prepared in every HTTP test on PostgreSQL.)
@Suite("Prepared PostgreSQL reads", .timeLimit(.minutes(10)))
struct PreparedPostgresReadTests {
    static var postgres: [TestDatabase] { ConcurrentStartTests.postgres }

    @Test(
        "lists, pages, counts and tokens read prepared equal the reads through Fluent, twice",
        .enabled(if: !postgres.isEmpty, "需要 PostgreSQL（JIXIAO_TEST_POSTGRES_URL）"), arguments: postgres)
    func sameAsFluent(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given
            let prepared = try Self.prepared(app)
            let viaFluent = FluentEvaluationRepository(database: app.db)
            let viaPrepared = FluentEvaluationRepository(database: app.db, reader: prepared.database)
            let accounts = FluentAccountRepository(database: app.db)
            let id = try #require(try await accounts.user(username: "filer")?.id)
            try await accounts.addToken(userID: id, name: "prepared", tokenHash: "beadfeed")
            let filters = [
                EvaluationFilter(), EvaluationFilter(unitCodes: [Fixtures.filerUnit]),
                EvaluationFilter(status: .draft), EvaluationFilter(fiscalYear: 1999),
            ]
            // when / then: the second round runs the statements prepared in the first
            for _ in 1...2 {
                for filter in filters {
                    #expect(try await viaPrepared.list(filter) == viaFluent.list(filter))
                    let (preparedRows, preparedTotal) = try await viaPrepared.page(filter)
                    let (fluentRows, fluentTotal) = try await viaFluent.page(filter)
                    #expect(preparedRows == fluentRows)
                    #expect(preparedTotal == fluentTotal)
                    #expect(try await viaPrepared.counts(filter) == viaFluent.counts(filter))
                }
                let token = try await FluentAccountRepository(database: app.db, reader: prepared.database)
                    .account(tokenHash: "beadfeed").get()
                #expect(token == (try await accounts.account(tokenHash: "beadfeed").get()))
                #expect(token?.username == "filer")
            }
            #expect(try await viaPrepared.list(EvaluationFilter()).isEmpty == false)
            #expect(prepared.cache.preparedCount > 0)
        }
    }

    @Test(
        "a query PostgreSQL refuses prepared (a number where it expects text) runs unprepared",
        .enabled(if: !postgres.isEmpty, "需要 PostgreSQL（JIXIAO_TEST_POSTGRES_URL）"), arguments: postgres)
    func refusedRunsUnprepared(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given: PostgreSQL infers text for the value and gets a binary 64-bit integer
            let prepared = try Self.prepared(app)
            let before = prepared.cache.preparedCount
            // when
            let rows = try await prepared.database.raw("SELECT \(bind: 5) || 'x' AS v").all()
            let again = try await prepared.database.raw("SELECT \(bind: 6) || 'x' AS v").all()
            // then
            #expect(try rows.map { try $0.decode(column: "v", as: String.self) } == ["5x"])
            #expect(try again.map { try $0.decode(column: "v", as: String.self) } == ["6x"])
            #expect(prepared.cache.preparedCount == before)
        }
    }

    private static func prepared(_ app: Application) throws -> (database: PreparedPostgresDatabase, cache: PostgresStatementCache) {
        let request = Request(application: app, on: app.eventLoopGroup.any())
        let database = try #require(request.reader as? PreparedPostgresDatabase)
        let cache = try #require(app.storage[StatementCacheKey.self])
        return (database, cache)
    }
}
