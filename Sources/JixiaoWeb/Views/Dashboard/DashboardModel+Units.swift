import JixiaoCore

extension DashboardModel {
    /// The per-unit charts draw every unit up to this many; past it only the extremes (the highest
    /// and lowest rates, the largest gaps) with a link to every unit's table (`DashboardUnitsPage`):
    /// a province's 10,000 units made several MB of HTML on every request.
    static let unitsShown = 50

    /// A unit's self-score against the computed one.
    typealias ScorePoint = (unit: String, stated: ExactDecimal, computed: ExactDecimal)

    /// The execution rates a chart shows of `rates` (highest first, as `executionRates`): all, or
    /// the `unitsShown / 2` highest and the `unitsShown / 2` lowest.
    static func extremes(_ rates: [Item]) -> [Item] {
        guard rates.count > unitsShown else { return rates }
        return Array(rates.prefix(unitsShown / 2) + rates.suffix(unitsShown / 2))
    }

    /// The points a chart shows of `points`: all, or the `unitsShown` whose self-score is farthest
    /// from the computed one (either way), farthest first, ties in the given order.
    static func largestGaps(_ points: [ScorePoint]) -> [ScorePoint] {
        guard points.count > unitsShown else { return points }
        let ranked = points.indices.map { (gap: (points[$0].stated - points[$0].computed).magnitude, index: $0) }
            .sorted { $0.gap != $1.gap ? $0.gap > $1.gap : $0.index < $1.index }
        return ranked.prefix(unitsShown).map { points[$0.index] }
    }
}
