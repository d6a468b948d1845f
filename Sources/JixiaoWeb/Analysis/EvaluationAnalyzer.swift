import JixiaoCore

extension EvaluationAnalysis {
    /// Why there is no score (the framework was not found), in Chinese.
    public var scoreUnavailable: String? { score == nil ? WebText.frameworkMissing(evaluation.frameworkID) : nil }
}

/// The prepared analyzers the app scores with: Core's `Analyzer`, one per framework
/// version. The web layer depends on this seam; which framework an evaluation uses is
/// decided by `FrameworkResolver` (built-ins and uploaded frameworks).
public protocol EvaluationAnalyzer: Sendable {
    /// The frameworks shipped with the app.
    var builtIns: [Framework] { get }
    /// The prepared analyzer of built-in framework `id`.
    func builtIn(id: String) -> Analyzer?
    /// The analyzer of an uploaded framework at the version `key` names; `decode` makes the
    /// framework only when that version has not been prepared yet.
    func uploaded(_ key: AnalyzerCache.Key, decode: () throws -> Framework) throws -> Analyzer
    /// Analyses `evaluation` with `analyzer` (nil: its framework was not found, checks only).
    func analyze(_ evaluation: Evaluation, with analyzer: Analyzer?) -> EvaluationAnalysis
}

extension EvaluationAnalyzer {
    public func analyze(_ evaluation: Evaluation, with analyzer: Analyzer?) -> EvaluationAnalysis {
        analyzer?.analyze(evaluation) ?? Analyzer.unscored(evaluation)
    }
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
