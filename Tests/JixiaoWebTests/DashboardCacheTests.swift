import JixiaoCore
import NIOConcurrencyHelpers
import Testing

@testable import JixiaoWeb

/// `DashboardCache` against a repository whose stamp and numbers the test sets: text is reused only
/// while the stamp has not risen, and requests at one stamp share one computation.
@Suite("Dashboard cache")
struct DashboardCacheTests {
    /// A year whose evaluation count and change stamp the test sets; counts the summaries computed.
    final class Store: DashboardRepository {
        struct State {
            var stamp: Int64 = 0
            var count = 1
            var computed = 0
        }
        let state = NIOLockedValueBox(State())

        func rows(
            year: Int, unitCodes: [String]?, statuses: [EvaluationStatus]?, kind: EvaluationKind?, spilled: Bool
        ) async throws -> [DashboardRow] { [] }
        func summary(year: Int, findings: Int) async throws -> DashboardSummary {
            var summary = DashboardSummary()
            summary.count = state.withLockedValue { state in
                if findings > 0 { state.computed += 1 }
                return state.count
            }
            return summary
        }
        func unitCharts(year: Int, shown: Int) async throws -> DashboardUnitCharts {
            DashboardUnitCharts(rows: [], shown: shown)
        }
        func documents(year: Int) async throws -> [StoredEvaluation] { [] }
        func changeStamp(years: [Int]) async throws -> Int64 { state.withLockedValue { $0.stamp } }
    }

    static func counted(_ count: Int) -> String {
        var summary = DashboardSummary()
        summary.count = count
        let model = DashboardModel(year: 2024, summary: summary, previous: summary, unitCharts: DashboardUnitCharts(rows: [], shown: 50))
        return DashboardPage.charts(model)
    }

    @Test func textIsKeptWhileTheStampStaysAndComputedAgainWhenItRises() async throws {
        // given
        let store = Store(), cache = DashboardCache()
        let first = try await cache.charts(store, year: 2024)
        // when: the numbers change without the stamp (not possible in the database), then with it
        store.state.withLockedValue { $0.count = 7 }
        let unchanged = try await cache.charts(store, year: 2024)
        store.state.withLockedValue { $0.stamp = 1 }
        let changed = try await cache.charts(store, year: 2024)
        // then
        #expect(first == Self.counted(1))
        #expect(unchanged == first)
        #expect(changed == Self.counted(7))
        #expect(store.state.withLockedValue { $0.computed } == 2)
    }

    @Test func requestsAtOneStampShareOneComputation() async throws {
        // given
        let store = Store(), cache = DashboardCache()
        // when
        let pages = try await withThrowingTaskGroup(of: String.self) { group in
            for _ in 0..<16 { group.addTask { try await cache.charts(store, year: 2024) } }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        // then: one computation; every other request waited for it or found its text kept
        #expect(pages.count == 16 && Set(pages) == [Self.counted(1)])
        #expect(store.state.withLockedValue { $0.computed } == 1)
    }
}
