import JixiaoCore

/// What an uploaded report yields: a draft prefilled from it, the findings of its checks
/// and notices for the filer (the report's year differs from the one chosen, …).
public struct ImportedReport: Sendable {
    public var draft: Evaluation
    public var findings: [Finding]
    public var notices: [String] = []
}

/// Reads an uploaded report document into a draft (the importer plugs in here).
public protocol ReportImporter: Sendable {
    /// File extensions it reads, lower-case without the dot.
    var extensions: Set<String> { get }
    /// Reads `data` (named `filename`) into a draft based on `base`, its item scores
    /// matched to the leaves of `framework` when given.
    func read(_ data: [UInt8], filename: String, base: Evaluation, framework: Framework?) throws -> ImportedReport
}
