import JixiaoCore
import JixiaoFiles
import NIOConcurrencyHelpers

/// The analyzer on the real engines: one prepared `Scorer` per built-in framework, a
/// small cache of scorers for uploaded frameworks (keyed by the whole framework value, so
/// a replaced framework never meets a stale scorer), and Core's `EvaluationChecker`.
public struct LibraryAnalyzer: EvaluationAnalyzer {
    let library: FrameworkLibrary
    let scorers: [String: Scorer]
    let uploaded = NIOLockedValueBox<[Framework: Scorer]>([:])
    static let cacheLimit = 32

    public init(library: FrameworkLibrary) {
        self.library = library
        scorers = Dictionary(library.list.map { ($0.id, Scorer(framework: $0)) }, uniquingKeysWith: { a, _ in a })
    }

    public var builtIns: [Framework] { library.list }

    public func analyze(_ evaluation: Evaluation, framework: Framework?) -> EvaluationAnalysis {
        let checks = EvaluationChecker.check(evaluation)
        guard let framework else {
            return EvaluationAnalysis(score: nil, scoreUnavailable: WebText.frameworkMissing(evaluation.frameworkID),
                                      findings: checks)
        }
        let score = scorer(for: framework).score(evaluation)
        return EvaluationAnalysis(score: score, scoreUnavailable: nil, findings: checks + score.findings)
    }

    private func scorer(for framework: Framework) -> Scorer {
        // Uploads may not take a built-in id (FrameworkUpload), so the id names the built-in.
        if let builtIn = scorers[framework.id] { return builtIn }
        return uploaded.withLockedValue { cache in
            if let cached = cache[framework] { return cached }
            if cache.count >= Self.cacheLimit { cache.removeAll() }
            let scorer = Scorer(framework: framework)
            cache[framework] = scorer
            return scorer
        }
    }
}
