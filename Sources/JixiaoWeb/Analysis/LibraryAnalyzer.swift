import JixiaoCore
import JixiaoFiles

/// The analyzers on the real engines: one prepared `Analyzer` per built-in framework, and
/// Core's `AnalyzerCache` for uploaded frameworks, keyed by id and stored version (a
/// replaced framework is a new version, so it never meets a stale analyzer).
public struct LibraryAnalyzer: EvaluationAnalyzer {
    let library: FrameworkLibrary
    let prepared: [String: Analyzer]
    let cache = AnalyzerCache()

    public init(library: FrameworkLibrary) {
        self.library = library
        prepared = Dictionary(library.list.map { ($0.id, Analyzer(framework: $0)) }, uniquingKeysWith: { a, _ in a })
    }

    public var builtIns: [Framework] { library.list }

    public func builtIn(id: String) -> Analyzer? { prepared[id] }

    public func uploaded(_ key: AnalyzerCache.Key, decode: () throws -> Framework) throws -> Analyzer {
        try cache.analyzer(key, framework: decode)
    }
}
