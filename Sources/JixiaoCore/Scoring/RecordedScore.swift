/// What a scorer writes for one evaluation before anything is built from it: the
/// compact record form. `Scorer.totals(_:)` reads only its totals (bulk work);
/// `Scorer.score(_:)` builds a whole `ScoreResult` from it once.
struct RecordedScore {
    var totals: ScoreTotals
    var excluded: [String]
    var records: ScoredRecords
    var computed: ComputedList
    var findings: FindingList
    var summary: Explanation?
}

/// The total and grade of one scored evaluation, without its tree, values or findings
/// (`Scorer.totals(_:)`: bulk rescoring, the benchmark).
public struct ScoreTotals: Sendable, Hashable {
    /// Total rounded half-up to 0.01 (after rescaling when indicators were excluded).
    public var total: ExactDecimal
    /// The total before rounding; the grade is taken from it.
    public var unroundedTotal: ExactDecimal
    /// The framework's total (normally 100).
    public var maxTotal: ExactDecimal
    public var grade: Grade
}

extension ScoreResult {
    /// The result as built once from a scorer's records: the tree, the computed values
    /// and the findings (explained from the records).
    init(_ recorded: consuming RecordedScore, frameworkID: String) {
        let values = recorded.computed.values
        self.init(
            frameworkID: frameworkID, total: recorded.totals.total, unroundedTotal: recorded.totals.unroundedTotal,
            maxTotal: recorded.totals.maxTotal, grade: recorded.totals.grade, excluded: recorded.excluded,
            nodes: recorded.records.nodes(values: values), computed: values,
            findings: recorded.findings.findings(recorded.records))
        summary = recorded.summary
    }
}
