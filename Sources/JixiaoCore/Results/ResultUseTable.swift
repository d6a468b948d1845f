/// Puts the sources of the use of results together: one row per unit, from a lookup per
/// source (no query per unit), in the order of `units`.
public enum ResultUseTable {
    /// The rows of `units` (code, name) for `settings.year`.
    public static func rows(
        units: [(code: String, name: String)], evaluations: [ResultUseEvaluation],
        rounds: [String: MonitoringRoundState], openRectifications: [String: Int], settings: YearSettings
    ) -> [ResultUseRow] {
        let byUnit = Dictionary(evaluations.map { ($0.unitCode, $0) }, uniquingKeysWith: { a, _ in a })
        return units.map { unit in
            let evaluation = byUnit[unit.code]
            let graded = evaluation.flatMap { ResultUseRow.gradedStatuses.contains($0.status) ? $0 : nil }
            return ResultUseRow(
                unitCode: unit.code, unitName: unit.name, status: evaluation?.status, grade: graded?.grade,
                score: graded?.total,
                lights: rounds[unit.code].map { RoundLights($0.round, thresholds: settings.thresholds) },
                openRectifications: openRectifications[unit.code] ?? 0,
                suggestion: ResultSuggestion(grade: graded?.grade, rules: settings.resultRules))
        }
    }

    /// Units by the overall light of their latest round (a unit without a lit round is not counted).
    public static func lightCounts(_ rows: [ResultUseRow]) -> [Light: Int] {
        var counts: [Light: Int] = [:]
        for row in rows { if let light = row.lights?.overall { counts[light, default: 0] += 1 } }
        return counts
    }
}
