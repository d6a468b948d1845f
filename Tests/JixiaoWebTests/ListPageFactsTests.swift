import JixiaoCore
import JixiaoStore
import Testing
import Vapor

@testable import JixiaoWeb

/// The list page reads its counts, fiscal years and to-do counts in one statement
/// (`ListPageFactsQuery`); each part must be what the separate reads give, on the request's reader.
@Suite("The list page's facts in one read", .timeLimit(.minutes(10)))
struct ListPageFactsTests {
    @Test("counts, years, rounds and 整改 items equal the separate reads, for a unit and for all", arguments: TestDatabase.all)
    func sameAsSeparateReads(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given: rounds at two statuses and 整改 items, of the filer's unit
            let rounds = FluentMonitoringRoundRepository(database: app.db)
            _ = try await rounds.create(ResultsPageTests.round(month: 7, status: .returned), by: "测试")
            _ = try await rounds.create(ResultsPageTests.round(month: 8, status: .submitted), by: "测试")
            _ = try await rounds.create(ResultsPageTests.round(month: 9, status: .submitted), by: "测试")
            let items = FluentRectificationRepository(database: app.db)
            _ = try await items.create(ResultsPageTests.rectification(.open))
            _ = try await items.create(ResultsPageTests.rectification(.open))
            let req = Request(application: app, on: app.eventLoopGroup.any())
            let statuses: [EvaluationStatus] = [.returned, .submitted, .draft]
            for scope in [nil, [Fixtures.filerUnit], ["no-such-unit"]] {
                // when
                let facts = try await req.listPageFacts.facts(
                    unitCodes: scope, roundStatuses: statuses, rectificationStatuses: RectificationService.pendingStatuses)
                let none = try await req.listPageFacts.facts(unitCodes: scope, roundStatuses: [], rectificationStatuses: [])
                // then
                let unit = scope?.first
                let counts = try await req.evaluations.counts(EvaluationFilter(unitCodes: scope))
                #expect(facts.counts == counts.sorted { ($0.fiscalYear, order($1.status)) > ($1.fiscalYear, order($0.status)) })
                #expect(facts.counts.map(\.fiscalYear) == counts.map(\.fiscalYear))
                #expect(facts.years == (try await req.fiscalYears.all()))
                #expect(facts.roundCounts == (try await req.todoCounts.roundCounts(unitCode: unit, statuses: statuses)))
                #expect(
                    facts.rectifications
                        == (try await req.todoCounts.rectificationCount(
                            unitCode: unit, statuses: RectificationService.pendingStatuses)))
                #expect(none.counts == facts.counts && none.years == facts.years)
                #expect(none.roundCounts.isEmpty && none.rectifications == 0)
                if scope?.first == "no-such-unit" {
                    #expect(facts.counts.isEmpty && facts.roundCounts.isEmpty && facts.rectifications == 0)
                } else {
                    #expect(!facts.counts.isEmpty && !facts.years.isEmpty)
                    #expect(facts.roundCounts[.returned, default: 0] >= 1 && facts.roundCounts[.submitted, default: 0] >= 2)
                    #expect(facts.rectifications >= 2)
                }
            }
        }
    }

    @Test("the page of rows read with the facts equals the list's, filtered, paged and after a cursor", arguments: TestDatabase.all)
    func rowsAsTheList(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given: 60 evaluations over 4 units besides the demo's (rows saved in one batch share `updated_at`)
            try await LoadSeed.seed(app, count: 60, units: 4)
            let req = Request(application: app, on: app.eventLoopGroup.any())
            let all = try await req.evaluations.list(EvaluationFilter(limit: 50))
            let cursor = try #require(all.dropFirst().first?.id)
            for scope in [nil, [Fixtures.filerUnit], [all[0].unitCode]] {
                let filters = [
                    EvaluationFilter(unitCodes: scope, limit: 50), EvaluationFilter(unitCodes: scope, limit: 2, offset: 1),
                    EvaluationFilter(unitCodes: scope, status: .draft, limit: 50),
                    EvaluationFilter(unitCodes: scope, fiscalYear: all[0].fiscalYear, limit: 50),
                    EvaluationFilter(unitCodes: scope, limit: 3, after: cursor),
                ]
                for filter in filters {
                    // when
                    let facts = try await req.listPageFacts.facts(
                        unitCodes: scope, roundStatuses: [.submitted], rectificationStatuses: [.open], rows: filter)
                    // then
                    let list = try await req.evaluations.list(filter)
                    #expect(facts.rows == list)
                    #expect(
                        facts.counts
                            == (try await req.listPageFacts.facts(
                                unitCodes: scope, roundStatuses: [], rectificationStatuses: [])).counts)
                }
            }
            #expect(all.count == 50)
            // On PostgreSQL the statement runs prepared (PostgreSQL refusing it would run it unprepared).
            if let cache = app.storage[StatementCacheKey.self] {
                let before = cache.preparedCount
                let unit = ["prepared-check"]
                _ = try await req.listPageFacts.facts(
                    unitCodes: unit, roundStatuses: [.draft, .returned, .approved], rectificationStatuses: [.open],
                    rows: EvaluationFilter(unitCodes: unit, limit: 7))
                #expect(cache.preparedCount == before + 1)
            }
        }
    }

    private func order(_ status: EvaluationStatus) -> Int { EvaluationStatus.allCases.firstIndex(of: status) ?? 0 }
}
