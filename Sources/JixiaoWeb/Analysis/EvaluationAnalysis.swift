import JixiaoCore

/// What the editor and the API show beside an evaluation: its score (when the
/// framework can be scored) and its findings.
public struct EvaluationAnalysis: Sendable {
    public var score: ScoreResult?
    /// Why there is no score, in Chinese.
    public var scoreUnavailable: String?
    public var findings: [Finding]

    public var blocking: [Finding] { findings.filter(\.blocksSubmission) }

    /// The score when at least one indicator is scored; a draft without scores has
    /// no total and no grade (shown as 「—」, left out of averages).
    public var scored: ScoreResult? { score.flatMap { $0.isScored ? $0 : nil } }

    /// The indexed columns stored with the evaluation.
    public var metrics: EvaluationMetrics {
        EvaluationMetrics(total: scored?.total, grade: scored?.grade,
                          errorCount: findings.filter { $0.severity == .error }.count,
                          warningCount: findings.filter { $0.severity == .warning }.count)
    }
}

/// Scores and checks an evaluation. The web layer depends on this adapter so the
/// scoring engine and the checker plug in at one place; which framework an evaluation
/// uses is decided by `FrameworkResolver` (built-ins and uploaded frameworks).
public protocol EvaluationAnalyzer: Sendable {
    /// The frameworks shipped with the app.
    var builtIns: [Framework] { get }
    /// Checks `evaluation` and scores it on `framework` (nil: the framework was not found).
    func analyze(_ evaluation: Evaluation, framework: Framework?) -> EvaluationAnalysis
}

/// A framework offered when creating an evaluation.
public struct FrameworkChoice: Sendable, Hashable {
    public var id: String
    public var title: String
    public var kind: EvaluationKind
    /// True for a framework shipped with the app, false for an uploaded one.
    public var builtIn: Bool

    public init(id: String, title: String, kind: EvaluationKind, builtIn: Bool = true) {
        self.id = id
        self.title = title
        self.kind = kind
        self.builtIn = builtIn
    }
}
