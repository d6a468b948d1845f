import FluentKit
import Foundation
import JixiaoCore

/// An uploaded framework as stored: the file as uploaded and the validated framework.
public struct StoredFramework: Sendable, Equatable {
    public var frameworkID: String
    public var title: String
    public var kind: EvaluationKind
    public var version: Int
    public var format: String
    public var fileName: String
    public var sourceText: String
    /// The validated `Framework` as JSON.
    public var document: String
    public var uploadedBy: String
    public var uploadedAt: Date

    public init(frameworkID: String, title: String, kind: EvaluationKind, version: Int = 1, format: String,
                fileName: String, sourceText: String, document: String, uploadedBy: String, uploadedAt: Date = Date()) {
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

/// The frameworks administrators uploaded (`frameworks` table).
public struct FrameworkRepository: Sendable {
    let database: any Database

    public init(database: any Database) { self.database = database }

    /// Every uploaded framework, by id.
    public func all() async throws -> [StoredFramework] {
        try await FrameworkRecord.query(on: database).sort(\.$frameworkID).all().compactMap(\.stored)
    }

    public func find(id: String) async throws -> StoredFramework? {
        try await FrameworkRecord.query(on: database).filter(\.$frameworkID == id).first()?.stored
    }

    /// Stores `framework`; one with the same id is replaced and its version goes up by one.
    @discardableResult
    public func save(_ framework: StoredFramework) async throws -> StoredFramework {
        let existing = try await FrameworkRecord.query(on: database).filter(\.$frameworkID == framework.frameworkID).first()
        let record = existing ?? FrameworkRecord()
        var saved = framework
        saved.version = (existing?.version ?? 0) + 1
        record.set(saved)
        try await record.save(on: database)
        return saved
    }

    public func delete(id: String) async throws {
        try await FrameworkRecord.query(on: database).filter(\.$frameworkID == id).delete()
    }

    /// How many evaluations name framework `id`.
    public func usage(id: String) async throws -> Int {
        try await EvaluationRecord.query(on: database).filter(\.$frameworkID == id).count()
    }
}

extension FrameworkRecord {
    var stored: StoredFramework? {
        guard let kind = EvaluationKind(rawValue: kind) else { return nil }
        return StoredFramework(frameworkID: frameworkID, title: title, kind: kind, version: version, format: format,
                               fileName: fileName, sourceText: sourceText, document: document, uploadedBy: uploadedBy,
                               uploadedAt: uploadedAt)
    }

    func set(_ value: StoredFramework) {
        frameworkID = value.frameworkID
        title = value.title
        kind = value.kind.rawValue
        version = value.version
        format = value.format
        fileName = value.fileName
        sourceText = value.sourceText
        document = value.document
        uploadedBy = value.uploadedBy
        uploadedAt = value.uploadedAt
    }
}
