import FluentSQL
import JixiaoCore
import JixiaoStore
import Testing
import Vapor

@testable import JixiaoWeb

/// Migration 033's change stamp, which the dashboard cache checks on every request: it grows with each
/// write that changes what the dashboard shows, by any writer, and stays with any other.
@Suite("Dashboard change stamp", .timeLimit(.minutes(10)))
struct DashboardStampTests {
    @Test("a step raises the year's stamp, a narrative edit or an untouched column does not", arguments: TestDatabase.all)
    func stampFollowsTheDashboardsColumns(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given
            let id = try await Fixtures.evaluationID(app)
            let year = try await ReviewFixtures.find(app, id).evaluation.fiscalYear
            let query = DashboardQuery(database: app.db)
            let sql = try #require(app.db as? any SQLDatabase)
            let start = try await query.changeStamp(years: [year])
            let other = try await query.changeStamp(years: [year + 1])
            // when
            try await ReviewFixtures.set(app, id, status: .draft, narrative: "只改文字")
            try await sql.raw("UPDATE evaluations SET updated_at = updated_at WHERE fiscal_year = \(bind: year)").run()
            let afterText = try await query.changeStamp(years: [year])
            try await ReviewFixtures.set(app, id, status: .submitted)
            let afterStep = try await query.changeStamp(years: [year])
            try await sql.raw("UPDATE evaluations SET title = title || '改' WHERE fiscal_year = \(bind: year)").run()
            let afterSQL = try await query.changeStamp(years: [year])
            // then
            #expect(afterText == start)
            #expect(afterStep > afterText)
            #expect(afterSQL > afterStep)
            #expect(try await query.changeStamp(years: [year + 1]) == other)
            #expect(try await query.changeStamp(years: [year, year + 1]) == afterSQL + other)
        }
    }

    @Test("moving an evaluation to another year raises both years' stamps", arguments: TestDatabase.all)
    func yearMoveRaisesBoth(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given
            let id = try await Fixtures.evaluationID(app)
            let year = try await ReviewFixtures.find(app, id).evaluation.fiscalYear
            let query = DashboardQuery(database: app.db)
            let sql = try #require(app.db as? any SQLDatabase)
            let before = (try await query.changeStamp(years: [year]), try await query.changeStamp(years: [1990]))
            // when
            try await sql.raw("UPDATE evaluations SET fiscal_year = 1990 WHERE fiscal_year = \(bind: year)").run()
            // then
            #expect(try await query.changeStamp(years: [year]) > before.0)
            #expect(try await query.changeStamp(years: [1990]) > before.1)
        }
    }
}
