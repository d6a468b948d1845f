/// The thresholds of the monitoring lights for one fiscal year (cycle.md §3). They are
/// data: an administrator may change them per year; `defaults(fiscalYear:)` gives the table's.
public struct MonitoringThresholds: Codable, Sendable, Hashable {
    /// The fiscal year they apply to; nil: any year without its own thresholds.
    public var fiscalYear: Int?
    /// Budget execution v = (executed ÷ annual) ÷ (m ÷ 12) × 100: red < 60, yellow < 80, green.
    public var budget: LightBands
    /// Higher-is-better targets, v = actual ÷ target (× 12 ÷ m when cumulative) × 100:
    /// red < 60, yellow < 80, green < 120, blue ≥ 120.
    public var target: LightBands

    public init(fiscalYear: Int? = nil, budget: LightBands, target: LightBands) {
        self.fiscalYear = fiscalYear
        self.budget = budget
        self.target = target
    }

    /// The default table of cycle.md §3.
    public static let standard = MonitoringThresholds(
        budget: LightBands(yellowFrom: 60, greenFrom: 80),
        target: LightBands(yellowFrom: 60, greenFrom: 80, blueFrom: 120))

    /// The default table for `fiscalYear`.
    public static func defaults(fiscalYear: Int) -> MonitoringThresholds {
        var thresholds = standard
        thresholds.fiscalYear = fiscalYear
        return thresholds
    }

    /// The thresholds of `fiscalYear` from `configured` (one per year), else the defaults.
    public static func forYear(_ fiscalYear: Int, in configured: [MonitoringThresholds]) -> MonitoringThresholds {
        configured.first { $0.fiscalYear == fiscalYear } ?? configured.first { $0.fiscalYear == nil }
            ?? defaults(fiscalYear: fiscalYear)
    }

    /// What an administrator got wrong (a negative threshold, bands out of order), in Chinese.
    public var problems: [String] {
        budget.problems(name: "预算执行灯") + target.problems(name: "目标完成灯")
    }
}
