/// One evaluation analysed: its score on its framework (the tree, the computed values,
/// the total and grade), every finding (checks, then scoring) and the indexed columns
/// stored with it. Built once by `Analyzer`; every property is stored.
public struct EvaluationAnalysis: Sendable {
    /// The evaluation as analysed.
    public let evaluation: Evaluation
    /// The framework it was scored on; nil when its framework was not found.
    public let framework: Framework?
    /// The score; nil when the framework was not found.
    public let score: ScoreResult?
    /// The score when at least one indicator is scored; a draft without scores has
    /// no total and no grade (shown as 「—」, left out of averages).
    public let scored: ScoreResult?
    /// The findings of the checks, then those found while scoring.
    public let findings: [Finding]
    /// The findings that stop the evaluation from being submitted.
    public let blocking: [Finding]
    /// The indexed columns stored with the evaluation.
    public let metrics: EvaluationMetrics

    init(evaluation: Evaluation, framework: Framework?, score: ScoreResult?, findings: [Finding]) {
        self.evaluation = evaluation
        self.framework = framework
        self.score = score
        scored = score.flatMap { $0.isScored ? $0 : nil }
        self.findings = findings
        blocking = findings.filter(\.blocksSubmission)
        metrics = EvaluationMetrics(
            total: scored?.total, grade: scored?.grade,
            errorCount: findings.filter { $0.severity == .error }.count,
            warningCount: findings.filter { $0.severity == .warning }.count)
    }

    /// This analysis with `more` findings after its own (checks that need what only a store
    /// knows, such as `target.changed` against the accepted declaration); counts follow.
    public func adding(_ more: [Finding]) -> EvaluationAnalysis {
        more.isEmpty ? self : EvaluationAnalysis(evaluation: evaluation, framework: framework, score: score, findings: findings + more)
    }

    /// The scored tree (empty without a score).
    public var nodes: [ScoredNode] { score?.nodes ?? [] }
    /// The values computed from the figures (empty without a score).
    public var computed: [ComputedValue] { score?.computed ?? [] }
}
