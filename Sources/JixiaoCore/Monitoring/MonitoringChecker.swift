/// The `monitor.*` checks of cycle.md §3 over one round and its lights.
public enum MonitoringChecker {
    /// Findings of `round`, whose target lights are `lights` (same order as its targets).
    public static func check(
        _ round: MonitoringRound, lights: [LightReading], declared: [Target]? = nil,
        earlier: MonitoringRound? = nil
    ) -> [Finding] {
        var findings: [Finding] = []
        for (index, target) in round.targets.enumerated() {
            let field = "targets.\(index)"
            if let reading = lights.indices.contains(index) ? lights[index] : nil, reading.light?.isDeviation == true,
                isBlank(target.deviationReason) || isBlank(target.measures)
            {
                findings.append(
                    CheckCatalog.finding(
                        "monitor.reason-missing",
                        MonitoringMessages.reasonMissing(target, reading: reading), field: field))
            }
            if target.likelihood == nil {
                findings.append(
                    CheckCatalog.finding(
                        "monitor.likelihood-missing",
                        MonitoringMessages.likelihoodMissing(target), field: field + ".likelihood"))
            }
        }
        if let expected = round.budget.expectedYearEnd, expected > round.budget.annual {
            findings.append(
                CheckCatalog.finding(
                    "monitor.forecast-over-budget",
                    MonitoringMessages.forecastOverBudget(expected: expected, annual: round.budget.annual),
                    field: "budget.expectedYearEnd"))
        }
        if let declared { findings += DeclarationComparison.findings(round, declared: declared) }
        if let earlier { findings += cumulativeDecreases(round, earlier: earlier) }
        return findings
    }

    /// A cumulative actual below the same target's actual in an earlier round.
    static func cumulativeDecreases(_ round: MonitoringRound, earlier: MonitoringRound) -> [Finding] {
        var before: [String: ExactDecimal] = [:]
        for target in earlier.targets where before[target.name] == nil {
            if let value = target.target.actualValue { before[target.name] = value }
        }
        var findings: [Finding] = []
        for (index, target) in round.targets.enumerated() where target.cumulative {
            guard let actual = target.target.actualValue, let previous = before[target.name], actual < previous else { continue }
            findings.append(
                CheckCatalog.finding(
                    "monitor.cumulative-decrease",
                    MonitoringMessages.cumulativeDecrease(
                        target.name, actual: actual, earlier: previous,
                        earlierAsOf: earlier.asOf, unit: target.target.unit),
                    field: "targets.\(index).actual"))
        }
        return findings
    }

    static func isBlank(_ text: String?) -> Bool { (text ?? "").trimmedSpaces.isEmpty }
}
