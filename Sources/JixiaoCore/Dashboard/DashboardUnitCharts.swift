/// The department-wide evaluations the dashboard's per-unit charts show of a year: every unit up to
/// `shown`, past it only the extremes (the `shown / 2` highest and lowest execution rates, the
/// `shown` largest gaps between self-score and computed score), with how many units each chart has.
/// Chosen from every row in memory (`init(rows:shown:)`, the definition) or by the store in SQL
/// (`ORDER BY … LIMIT`, the same rows in the same order).
public struct DashboardUnitCharts: Sendable, Equatable {
    /// The rate chart's rows, highest rate first (ties in the rows' order: unit code, title).
    public var rates: [DashboardRow]
    /// How many department-wide evaluations have an execution rate.
    public var rateCount: Int
    /// The scatter's rows (both scores known): all in the rows' order, or past `shown` the
    /// farthest apart first (ties in the rows' order).
    public var gaps: [DashboardRow]
    /// How many department-wide evaluations have both scores.
    public var gapCount: Int

    public init(rates: [DashboardRow], rateCount: Int, gaps: [DashboardRow], gapCount: Int) {
        self.rates = rates
        self.rateCount = rateCount
        self.gaps = gaps
        self.gapCount = gapCount
    }

    /// The charts of `rows` (a year's department-wide evaluations by unit code and title).
    public init(rows: [DashboardRow], shown: Int) {
        let rated = Self.byRate(rows.filter { $0.executionRate != nil })
        let scored = rows.filter { $0.selfScoreGap != nil }
        self.init(
            rates: rated.count > shown ? Array(rated.prefix(shown / 2) + rated.suffix(shown / 2)) : rated,
            rateCount: rated.count, gaps: scored.count > shown ? Array(Self.byGap(scored).prefix(shown)) : scored,
            gapCount: scored.count)
    }

    /// `rows` by execution rate, highest first; ties keep their order.
    public static func byRate(_ rows: [DashboardRow]) -> [DashboardRow] {
        rows.enumerated().sorted {
            let (a, b) = ($0.element.executionRate ?? .zero, $1.element.executionRate ?? .zero)
            return a != b ? a > b : $0.offset < $1.offset
        }.map(\.element)
    }

    /// `rows` by the magnitude of their self-score gap, largest first; ties keep their order.
    public static func byGap(_ rows: [DashboardRow]) -> [DashboardRow] {
        rows.enumerated().sorted {
            let (a, b) = (($0.element.selfScoreGap ?? .zero).magnitude, ($1.element.selfScoreGap ?? .zero).magnitude)
            return a != b ? a > b : $0.offset < $1.offset
        }.map(\.element)
    }
}
