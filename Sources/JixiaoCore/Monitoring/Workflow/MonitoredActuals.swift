/// The flow from monitoring into the self-evaluation (cycle.md §4): a new evaluation of a unit and
/// year (or project) starts with its declared targets and the last monitoring round's actuals, so
/// the filer adds year-end actuals, scores and reasons.
public enum MonitoredActuals {
    /// The round of the latest `asOf` among `rounds` that monitors what `evaluation` evaluates:
    /// same unit, year and project (none for 部门整体).
    public static func latest(for evaluation: Evaluation, unitCode: String, among rounds: [MonitoringRoundState]) -> MonitoringRound? {
        let project = evaluation.kind == .project ? (evaluation.project?.name ?? "").trimmedSpaces : ""
        return
            rounds
            .filter { $0.unitCode == unitCode && $0.round.fiscalYear == evaluation.fiscalYear && $0.title.trimmedSpaces == project }
            .map(\.round)
            .max { $0.asOf < $1.asOf }
    }

    /// `evaluation` with each target that has no actual yet given the actual of the round's target
    /// of the same name (number, text or 定性 answer); other targets unchanged.
    public static func filled(_ evaluation: Evaluation, from round: MonitoringRound) -> Evaluation {
        var byName: [String: Target] = [:]
        for monitored in round.targets where byName[monitored.name] == nil { byName[monitored.name] = monitored.target }
        var out = evaluation
        for index in out.targets.indices {
            let target = out.targets[index]
            guard target.actualValue == nil, target.actualText == nil, target.outcome == nil,
                let monitored = byName[target.name]
            else { continue }
            out.targets[index].actualValue = monitored.actualValue
            out.targets[index].actualText = monitored.actualText
            out.targets[index].outcome = monitored.outcome
        }
        return out
    }
}
