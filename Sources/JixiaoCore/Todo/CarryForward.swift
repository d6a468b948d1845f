/// 从上年复制: this year's evaluation started from last year's of the same unit, kind and
/// project. What a unit plans carries over (texts, targets with their names, directions,
/// units and values, the framework); what it measures does not (figures, scores, actual
/// values, deviation notes, the bureau's review).
public enum CarryForward {
    /// A new draft for `evaluation.fiscalYear + 1` made from `evaluation`.
    public static func copy(_ evaluation: Evaluation) -> Evaluation {
        var project = evaluation.project
        project?.overallOutcome = nil
        return Evaluation(
            kind: evaluation.kind, unit: evaluation.unit, fiscalYear: evaluation.fiscalYear + 1,
            frameworkID: evaluation.frameworkID, status: .draft,
            filing: Filing(filedBy: evaluation.filing.filedBy, phone: evaluation.filing.phone),
            project: project, targets: evaluation.targets.map(plan), narrative: evaluation.narrative)
    }

    /// A target's plan without its outcome.
    static func plan(_ target: Target) -> Target {
        Target(
            id: target.id, levels: target.levels, name: target.name, direction: target.direction,
            targetValue: target.targetValue, targetText: target.targetText, unit: target.unit,
            maxScore: target.maxScore)
    }

    /// The evaluations among `rows` (one unit's) that can be copied into a year of `openYears`:
    /// last year's, whose unit, kind and title have no evaluation in that year yet.
    public static func candidates(_ rows: [EvaluationSummary], openYears: Set<Int>) -> [EvaluationSummary] {
        let taken = Set(rows.map { Key(row: $0, year: $0.fiscalYear) })
        return rows.filter { row in
            openYears.contains(row.fiscalYear + 1) && !taken.contains(Key(row: row, year: row.fiscalYear + 1))
        }.sorted { ($0.fiscalYear, $0.title) > ($1.fiscalYear, $1.title) }
    }

    /// The one-evaluation-per-unit-year-kind-title rule's key.
    private struct Key: Hashable {
        var unit: String, year: Int, kind: EvaluationKind, title: String
        init(row: EvaluationSummary, year: Int) {
            unit = row.unitCode; self.year = year; kind = row.kind; title = row.title
        }
    }
}
