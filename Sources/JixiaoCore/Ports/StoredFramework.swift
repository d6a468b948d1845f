import Foundation

/// An uploaded framework as stored: the file as uploaded and the validated framework.
public struct StoredFramework: Sendable, Equatable {
    public var frameworkID: String
    public var title: String
    public var kind: EvaluationKind
    /// 1 on the first upload, +1 each time an unused framework is replaced.
    public var version: Int
    /// `yaml`, `json` or `csv`.
    public var format: String
    public var fileName: String
    public var sourceText: String
    /// The validated `Framework` as JSON.
    public var document: String
    public var uploadedBy: String
    public var uploadedAt: Date

    public init(
        frameworkID: String, title: String, kind: EvaluationKind, version: Int = 1, format: String,
        fileName: String, sourceText: String, document: String, uploadedBy: String, uploadedAt: Date = Date()
    ) {
        self.frameworkID = frameworkID
        self.title = title
        self.kind = kind
        self.version = version
        self.format = format
        self.fileName = fileName
        self.sourceText = sourceText
        self.document = document
        self.uploadedBy = uploadedBy
        self.uploadedAt = uploadedAt
    }
}

/// Where the frameworks administrators uploaded live (implemented on Fluent in JixiaoStore).
/// Changes carry their administration log entry, written in the same transaction.
public protocol FrameworkRepository: Sendable {
    /// Every uploaded framework, by id.
    func all() async throws -> [StoredFramework]
    func find(id: String) async throws -> StoredFramework?
    /// Stores `framework`; one with the same id is replaced and its version goes up by one.
    /// Returns it as saved; `{version}` in the detail of `log` is replaced by the saved version.
    func save(_ framework: StoredFramework, log: AdminLogEntry?) async throws -> StoredFramework
    func delete(id: String, log: AdminLogEntry?) async throws
    /// How many evaluations name framework `id`.
    func usage(id: String) async throws -> Int
}
