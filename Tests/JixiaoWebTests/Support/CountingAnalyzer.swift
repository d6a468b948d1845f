import Foundation
import JixiaoCore

@testable import JixiaoWeb

/// The app's analyzer, counting what a request costs: lookups of uploaded frameworks
/// (one per read of a `frameworks` row), JSON decodes of them, and analyses (scorings).
final class CountingAnalyzer: EvaluationAnalyzer, @unchecked Sendable {
    struct Counts: Equatable, CustomStringConvertible {
        var uploadedLookups = 0
        var decodes = 0
        var analyses = 0

        var description: String { "\(uploadedLookups) lookups, \(decodes) decodes, \(analyses) analyses" }
    }

    private let inner: any EvaluationAnalyzer
    private let lock = NSLock()
    private var counted = Counts()

    init(_ inner: any EvaluationAnalyzer = AnalyzerFactory.make()) { self.inner = inner }

    /// The counts since the last call (and starts again from zero).
    func take() -> Counts {
        lock.withLock {
            defer { counted = Counts() }
            return counted
        }
    }

    var builtIns: [Framework] { inner.builtIns }

    func builtIn(id: String) -> Analyzer? { inner.builtIn(id: id) }

    func uploaded(_ key: AnalyzerCache.Key, decode: () throws -> Framework) throws -> Analyzer {
        lock.withLock { counted.uploadedLookups += 1 }
        return try inner.uploaded(key) {
            lock.withLock { counted.decodes += 1 }
            return try decode()
        }
    }

    func analyze(_ evaluation: Evaluation, with analyzer: Analyzer?) -> EvaluationAnalysis {
        lock.withLock { counted.analyses += 1 }
        return inner.analyze(evaluation, with: analyzer)
    }
}
