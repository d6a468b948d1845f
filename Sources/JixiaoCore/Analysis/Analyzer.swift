/// Checks and scores evaluations against one framework: the one place where the
/// checks (`EvaluationChecker`) and the scorer are put together. Prepared once per
/// framework version (its formulas parsed once) and shared; `AnalyzerCache` keeps
/// the prepared ones by framework id and version.
public final class Analyzer: Sendable {
    /// The framework evaluations are scored against.
    public let framework: Framework
    let scorer: Scorer

    /// Prepares `framework` (parses every formula once).
    public init(framework: Framework) {
        self.framework = framework
        scorer = Scorer(framework: framework)
    }

    /// The analysis of `evaluation`: its score on this framework and every finding,
    /// the checks' first, then scoring's (each once), built once.
    public func analyze(_ evaluation: Evaluation) -> EvaluationAnalysis {
        let score = scorer.score(evaluation)
        return EvaluationAnalysis(
            evaluation: evaluation, framework: framework, score: score,
            findings: EvaluationChecker.check(evaluation) + score.findings)
    }

    /// The analysis of an evaluation whose framework cannot be found: the checks only, no score.
    public static func unscored(_ evaluation: Evaluation) -> EvaluationAnalysis {
        EvaluationAnalysis(
            evaluation: evaluation, framework: nil, score: nil,
            findings: EvaluationChecker.check(evaluation))
    }
}
