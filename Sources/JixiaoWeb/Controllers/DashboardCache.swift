import JixiaoCore
import NIOConcurrencyHelpers
import Vapor

/// This process's dashboards by year as text (`DashboardPage.charts`: the summaries and per-unit
/// charts; the monitoring part is read on every request), each kept with the change stamp read
/// before it was computed (`DashboardRepository.changeStamp` of the year and the year before). A
/// request reads the stamp again and reuses the text only when it is the same, so a change made
/// through any process is shown at once, and every process shows the same page.
final class DashboardCache: Sendable {
    struct Key: StorageKey { typealias Value = DashboardCache }

    private struct Entry: Sendable {
        var stamp: Int64
        var charts: String
    }

    /// Years kept at most (any year can be asked for; past this the cache starts again).
    static let capacity = 16
    private let entries = NIOLockedValueBox<[Int: Entry]>([:])

    /// `DashboardPage.charts` of `DashboardController.model(query, year:)`, kept while the stamp is unchanged.
    func charts(_ query: any DashboardRepository, year: Int) async throws -> String {
        let stamp = try await query.changeStamp(years: [year, year - 1])
        if let kept = entries.withLockedValue({ $0[year] }), kept.stamp == stamp { return kept.charts }
        // Computed after the stamp was read, so it shows at least every change the stamp counts;
        // a change committed meanwhile raises the stamp and the next request computes again.
        let charts = DashboardPage.charts(try await DashboardController.model(query, year: year))
        entries.withLockedValue { entries in
            if let kept = entries[year], kept.stamp >= stamp { return }
            if entries[year] == nil, entries.count >= Self.capacity { entries.removeAll() }
            entries[year] = Entry(stamp: stamp, charts: charts)
        }
        return charts
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
