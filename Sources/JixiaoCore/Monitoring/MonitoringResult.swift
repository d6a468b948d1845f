/// The lights and findings of one monitoring round.
public struct MonitoringResult: Sendable, Hashable {
    /// m, the elapsed months.
    public var months: Int
    public var budget: BudgetReading
    /// One light per target, in the round's order.
    public var targets: [TargetLight]
    /// The whole document's light: the worst of the budget light and the target lights
    /// (red > yellow > green > blue); nil when nothing has a light.
    public var overall: Light?
    /// The `monitor.*` findings.
    public var findings: [Finding]

    /// A target's name with its light.
    public struct TargetLight: Sendable, Hashable {
        public var name: String
        public var reading: LightReading

        public var light: Light? { reading.light }
        public var ratio: ExactDecimal? { reading.ratio }
    }

    /// True when a finding is an error (the CLI exits 1).
    public var hasErrors: Bool { findings.contains { $0.severity == .error } }
}

extension MonitoringRound {
    /// The lights of this round under `thresholds`, with the checks; `declared` (the accepted
    /// declaration's targets) adds `monitor.target-changed`, `earlier` (a previous round of the
    /// same unit and year) adds `monitor.cumulative-decrease`.
    public func evaluate(
        thresholds: MonitoringThresholds? = nil, declared: [Target]? = nil,
        earlier: MonitoringRound? = nil
    ) -> MonitoringResult {
        let thresholds = thresholds ?? .defaults(fiscalYear: fiscalYear)
        let m = months
        let budgetReading = MonitoringLights.budget(budget, months: m, bands: thresholds.budget)
        let lights = targets.map {
            MonitoringResult.TargetLight(
                name: $0.name, reading: MonitoringLights.target($0, months: m, asOf: asOf, bands: thresholds.target))
        }
        let findings = MonitoringChecker.check(self, lights: lights.map(\.reading), declared: declared, earlier: earlier)
        return MonitoringResult(
            months: m, budget: budgetReading, targets: lights,
            overall: Light.worst(([budgetReading.light] + lights.map(\.light)).compactMap { $0 }), findings: findings)
    }
}
