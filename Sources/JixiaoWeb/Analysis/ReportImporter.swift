import JixiaoCore

/// What an uploaded report yields: a draft prefilled from it and the findings of its checks.
public struct ImportedReport: Sendable {
    public var draft: Evaluation
    public var findings: [Finding]
}

/// Reads an uploaded report document into a draft (the importer plugs in here).
public protocol ReportImporter: Sendable {
    /// File extensions it reads, lower-case without the dot.
    var extensions: Set<String> { get }
    /// Reads `data` (named `filename`) into a draft based on `base`.
    func read(_ data: [UInt8], filename: String, base: Evaluation) throws -> ImportedReport
}
