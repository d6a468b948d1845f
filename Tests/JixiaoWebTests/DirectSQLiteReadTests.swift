import FluentSQL
import Foundation
import JixiaoCore
import JixiaoStore
import Testing
import Vapor

@testable import JixiaoWeb

/// The hot reads on SQLite run through `DirectSQLiteDatabase`; they must give exactly what
/// the same queries give through Fluent, see every committed write, and never write.
@Suite("Direct SQLite reads", .timeLimit(.minutes(10)))
struct DirectSQLiteReadTests {
    @Test("lists, pages, counts, sessions and tokens read directly equal the reads through Fluent")
    func sameAsFluent() async throws {
        try await withJixiaoApp(.sqlite) { app in
            // given
            let direct = try Self.direct(app)
            let viaFluent = FluentEvaluationRepository(database: app.db)
            let viaDirect = FluentEvaluationRepository(database: app.db, reader: direct)
            let filters = [
                EvaluationFilter(), EvaluationFilter(unitCodes: [Fixtures.filerUnit]),
                EvaluationFilter(status: .draft), EvaluationFilter(fiscalYear: 1999),
            ]
            // when / then
            for filter in filters {
                #expect(try await viaDirect.list(filter) == viaFluent.list(filter))
                let (directRows, directTotal) = try await viaDirect.page(filter)
                let (fluentRows, fluentTotal) = try await viaFluent.page(filter)
                #expect(directRows == fluentRows)
                #expect(directTotal == fluentTotal)
                #expect(try await viaDirect.counts(filter) == viaFluent.counts(filter))
            }
            #expect(try await viaDirect.list(EvaluationFilter()).isEmpty == false)
        }
    }

    @Test("a session with its user and an API token's user read directly equal the reads through Fluent")
    func sessionsAndTokens() async throws {
        try await withJixiaoApp(.sqlite) { app in
            // given
            let direct = try Self.direct(app)
            let accounts = FluentAccountRepository(database: app.db)
            guard let id = try await accounts.user(username: "filer")?.id else { throw Abort(.notFound) }
            try await FluentSessionRepository(database: app.db).create(key: "direct-test", data: ["k": "v"], userID: id)
            try await accounts.addToken(userID: id, name: "direct", tokenHash: "feedface")
            // when
            let session = try await FluentSessionRepository(database: app.db, reader: direct).read(key: "direct-test").get()
            let token = try await FluentAccountRepository(database: app.db, reader: direct).account(tokenHash: "feedface").get()
            // then
            #expect(session == (try await FluentSessionRepository(database: app.db).read(key: "direct-test").get()))
            #expect(session?.user?.username == "filer")
            #expect(session?.data == ["k": "v"])
            #expect(token == (try await accounts.account(tokenHash: "feedface").get()))
            #expect(token?.username == "filer")
            #expect(try await FluentSessionRepository(database: app.db, reader: direct).read(key: "no-such-key").get() == nil)
        }
    }

    @Test("the app reads directly on a SQLite file and as prepared statements on PostgreSQL", arguments: TestDatabase.all)
    func readerPerDatabase(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            let request = Request(application: app, on: app.eventLoopGroup.any())
            if case .sqlite = database {
                #expect(request.reader is DirectSQLiteDatabase)
            } else {
                #expect(request.reader is PreparedPostgresDatabase)
            }
        }
    }

    @Test("a write through Fluent is seen by the next direct read")
    func seesCommittedWrites() async throws {
        try await withJixiaoApp(.sqlite) { app in
            // given
            guard let unit = try await FluentAccountRepository(database: app.db).unit(code: Fixtures.filerUnit) else {
                throw Abort(.notFound)
            }
            let repository = FluentEvaluationRepository(database: app.db, reader: try Self.direct(app))
            let filter = EvaluationFilter(unitCodes: [Fixtures.filerUnit], fiscalYear: 2033)
            let before = try await repository.list(filter)
            // when
            let draft = Evaluation(kind: .project, unit: unit, fiscalYear: 2033, frameworkID: "mof-2020-project")
            let stored = try await repository.create(draft, metrics: .init(), by: "test")
            // then
            #expect(before.isEmpty)
            #expect(try await repository.list(filter).map(\.id) == [stored.id])
            #expect(try await repository.counts(filter) == [StatusCount(fiscalYear: 2033, status: .draft, count: 1)])
        }
    }

    @Test("the direct connection refuses writes")
    func refusesWrites() async throws {
        try await withJixiaoApp(.sqlite) { app in
            let direct = try Self.direct(app)
            await #expect(throws: (any Error).self) {
                try await direct.raw("DELETE FROM evaluations").run()
            }
            let remaining = try await FluentEvaluationRepository(database: app.db).list(EvaluationFilter())
            #expect(!remaining.isEmpty)
        }
    }

    private static func direct(_ app: Application) throws -> DirectSQLiteDatabase {
        guard let pool = app.storage[ReadPoolKey.self] else { throw Abort(.internalServerError, reason: "no read pool") }
        return DirectSQLiteDatabase(pool: pool, eventLoop: app.eventLoopGroup.any(), logger: app.logger)
    }
}
