import Foundation

/// Prepared analyzers by framework id and version, so a framework is decoded and
/// prepared once per version rather than per evaluation (the key never hashes the
/// framework itself). A version is whatever says the framework changed: an
/// uploaded framework's stored version and upload time.
public final class AnalyzerCache: @unchecked Sendable {
    /// A framework's identity at one version.
    public struct Key: Hashable, Sendable {
        public var id: String
        public var version: String

        public init(id: String, version: String) {
            self.id = id
            self.version = version
        }
    }

    private let lock = NSLock()
    private var analyzers: [Key: Analyzer] = [:]
    /// Most analyzers kept; past it the cache starts again (frameworks are few).
    public let limit: Int

    public init(limit: Int = 32) { self.limit = limit }

    /// The analyzer of framework `key`; `framework` is called (to read and decode it)
    /// only when this version has not been prepared yet. Another version of the same
    /// id is dropped.
    public func analyzer(_ key: Key, framework: () throws -> Framework) rethrows -> Analyzer {
        if let cached = lock.withLock({ analyzers[key] }) { return cached }
        let analyzer = Analyzer(framework: try framework())
        lock.withLock {
            if analyzers.count >= limit { analyzers.removeAll() }
            analyzers = analyzers.filter { $0.key.id != key.id }
            analyzers[key] = analyzer
        }
        return analyzer
    }
}
