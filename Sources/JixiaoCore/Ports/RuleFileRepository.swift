import Foundation

/// A file an administrator uploaded that sets the rules of the declaration checks: an indicator
/// library added to the built-in one (several, one per name), or the province's severities (one).
public struct RuleFile: Sendable, Hashable {
    public enum Kind: String, Sendable, CaseIterable {
        /// 指标库 (YAML/JSON or CSV, `jixiao library validate`).
        case library
        /// 按省份的审核级别 (`jixiao targets --severities FILE`).
        case severities
    }

    public var kind: Kind
    /// The library's name (its file name without the extension); `severities` for the one severities file.
    public var name: String
    public var fileName: String
    /// The file as uploaded (validated before it was stored).
    public var sourceText: String
    /// 1 on the first upload, +1 each time the same name is uploaded again.
    public var version: Int
    public var uploadedBy: String
    public var uploadedAt: Date

    public init(
        kind: Kind, name: String, fileName: String, sourceText: String, version: Int = 1, uploadedBy: String,
        uploadedAt: Date = Date()
    ) {
        self.kind = kind
        self.name = name
        self.fileName = fileName
        self.sourceText = sourceText
        self.version = version
        self.uploadedBy = uploadedBy
        self.uploadedAt = uploadedAt
    }
}

/// Where the uploaded rule files live (`FluentRuleFileRepository`).
public protocol RuleFileRepository: Sendable {
    /// Every uploaded file, libraries by name, then the severities.
    func all() async throws -> [RuleFile]
    /// Stores `file` (replacing the one of the same kind and name, version + 1) with its log entry.
    @discardableResult
    func save(_ file: RuleFile, log: AdminLogEntry?) async throws -> RuleFile
    /// Removes the file of `kind` and `name`, if any, with its log entry.
    func delete(kind: RuleFile.Kind, name: String, log: AdminLogEntry?) async throws
}
