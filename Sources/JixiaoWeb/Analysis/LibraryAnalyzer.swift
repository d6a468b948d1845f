import JixiaoCore
import JixiaoFiles

/// The analyzer on the real engines: the framework library's built-ins with one
/// prepared `Scorer` each, and Core's `EvaluationChecker`.
public struct LibraryAnalyzer: EvaluationAnalyzer {
    let library: FrameworkLibrary
    let scorers: [String: Scorer]

    public init(library: FrameworkLibrary) {
        self.library = library
        scorers = Dictionary(library.list.map { ($0.id, Scorer(framework: $0)) }, uniquingKeysWith: { a, _ in a })
    }

    public var frameworks: [FrameworkChoice] {
        library.list.map { FrameworkChoice(id: $0.id, title: $0.title, kind: $0.kind) }
    }

    public func framework(id: String) -> Framework? { library.framework(id: id) }

    public func analyze(_ evaluation: Evaluation) -> EvaluationAnalysis {
        let checks = EvaluationChecker.check(evaluation)
        guard let scorer = scorers[evaluation.frameworkID] else {
            return EvaluationAnalysis(score: nil, scoreUnavailable: WebText.frameworkMissing(evaluation.frameworkID),
                                      findings: checks)
        }
        let score = scorer.score(evaluation)
        return EvaluationAnalysis(score: score, scoreUnavailable: nil, findings: checks + score.findings)
    }
}
