import JixiaoCore
import NIOConcurrencyHelpers
import Vapor

/// This process's dashboards by year as text (`DashboardPage.charts`: the summaries and per-unit
/// charts; the monitoring part is read on every request), each kept with the change stamp read
/// before it was computed (`DashboardRepository.changeStamp` of the year and the year before). A
/// request reads the stamp again and reuses the text only when it was computed from a stamp at least
/// as high (or waits for the computation under way from one), so a change made through any process
/// is shown at once, and every process shows the same page.
final class DashboardCache: Sendable {
    struct Key: StorageKey { typealias Value = DashboardCache }

    private struct Entry: Sendable {
        var stamp: Int64
        var charts: String
    }

    private struct State: Sendable {
        var kept: [Int: Entry] = [:]
        /// The computation under way per year (every request that needs it waits for the one).
        var running: [Int: (stamp: Int64, task: Task<String, any Error>)] = [:]
    }

    /// Years kept at most (any year can be asked for; past this the cache starts again).
    static let capacity = 16
    private let state = NIOLockedValueBox(State())

    /// `DashboardPage.charts` of `DashboardController.model(query, year:)` as of this request: text
    /// computed after a stamp at least this request's was read shows every change committed before.
    func charts(_ query: any DashboardRepository, year: Int) async throws -> String {
        let stamp = try await query.changeStamp(years: [year, year - 1])
        let kept = state.withLockedValue { state in state.kept[year].flatMap { $0.stamp >= stamp ? $0.charts : nil } }
        if let kept { return kept }
        return try await computation(query, year: year, stamp: stamp).value
    }

    /// The computation under way for `year` from a stamp at least `stamp`, else a new one.
    private func computation(_ query: any DashboardRepository, year: Int, stamp: Int64) -> Task<String, any Error> {
        state.withLockedValue { state in
            if let running = state.running[year], running.stamp >= stamp { return running.task }
            let task = Task {
                // Computed after the stamp was read, so it shows at least every change the stamp counts;
                // a change committed meanwhile raises the stamp and a later request computes again.
                do {
                    let charts = DashboardPage.charts(try await DashboardController.model(query, year: year))
                    self.finish(year: year, stamp: stamp, charts: charts)
                    return charts
                } catch {
                    self.finish(year: year, stamp: stamp, charts: nil)
                    throw error
                }
            }
            state.running[year] = (stamp, task)
            return task
        }
    }

    private func finish(year: Int, stamp: Int64, charts: String?) {
        state.withLockedValue { state in
            if let charts, (state.kept[year]?.stamp ?? .min) < stamp {
                if state.kept[year] == nil, state.kept.count >= Self.capacity { state.kept.removeAll() }
                state.kept[year] = Entry(stamp: stamp, charts: charts)
            }
            if state.running[year]?.stamp == stamp { state.running[year] = nil }
        }
    }
}

extension Request {
    /// The year's `DashboardPage.charts`, through this process's cache.
    func dashboardCharts(year: Int) async throws -> String {
        guard let cache = application.storage[DashboardCache.Key.self] else {
            return DashboardPage.charts(try await DashboardController.model(dashboard, year: year))
        }
        return try await cache.charts(dashboard, year: year)
    }
}
