import JixiaoCore
import NIOConcurrencyHelpers
import Vapor

/// This process's computed dashboards by year (summaries and per-unit charts; the monitoring part is
/// read on every request), each kept with the change stamp read before it was computed
/// (`DashboardRepository.changeStamp` of the year and the year before). A request reads the stamp
/// again and reuses the model only when it is the same, so a change made through any process is
/// shown at once, and every process shows the same page.
final class DashboardCache: Sendable {
    struct Key: StorageKey { typealias Value = DashboardCache }

    private struct Entry: Sendable {
        var stamp: Int64
        var summary: DashboardSummary
        var previous: DashboardSummary
        var unitCharts: DashboardUnitCharts
    }

    /// Years kept at most (any year can be asked for; past this the cache starts again).
    static let capacity = 16
    private let entries = NIOLockedValueBox<[Int: Entry]>([:])

    /// `DashboardController.model(query, year:)`, from the cache when the stamp is unchanged.
    func model(_ query: any DashboardRepository, year: Int) async throws -> DashboardModel {
        let stamp = try await query.changeStamp(years: [year, year - 1])
        if let kept = entries.withLockedValue({ $0[year] }), kept.stamp == stamp {
            return DashboardModel(year: year, summary: kept.summary, previous: kept.previous, unitCharts: kept.unitCharts)
        }
        // Computed after the stamp was read, so it shows at least every change the stamp counts;
        // a change committed meanwhile raises the stamp and the next request computes again.
        let model = try await DashboardController.model(query, year: year)
        let entry = Entry(stamp: stamp, summary: model.summary, previous: model.previous, unitCharts: model.unitCharts)
        entries.withLockedValue { entries in
            if let kept = entries[year], kept.stamp >= stamp { return }
            if entries[year] == nil, entries.count >= Self.capacity { entries.removeAll() }
            entries[year] = entry
        }
        return model
    }
}

extension Request {
    /// The year's dashboard model without its monitoring part, through this process's cache.
    func dashboardModel(year: Int) async throws -> DashboardModel {
        guard let cache = application.storage[DashboardCache.Key.self] else {
            return try await DashboardController.model(dashboard, year: year)
        }
        return try await cache.model(dashboard, year: year)
    }
}
