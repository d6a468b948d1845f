import FluentKit
import Foundation
import JixiaoCore

/// The frameworks administrators uploaded, on Fluent (`frameworks` table).
public struct FluentFrameworkRepository: FrameworkRepository {
    let database: any Database

    public init(database: any Database) { self.database = database }

    public func all() async throws -> [StoredFramework] {
        try await FrameworkRecord.query(on: database).sort(\.$frameworkID).all().compactMap(\.stored)
    }

    public func find(id: String) async throws -> StoredFramework? {
        try await FrameworkRecord.query(on: database).filter(\.$frameworkID == id).first()?.stored
    }

    @discardableResult
    public func save(_ framework: StoredFramework, log: AdminLogEntry?) async throws -> StoredFramework {
        try await database.writeTransaction { db in
            let existing = try await FrameworkRecord.query(on: db).filter(\.$frameworkID == framework.frameworkID).first()
            let record = existing ?? FrameworkRecord()
            var saved = framework
            saved.version = (existing?.version ?? 0) + 1
            record.set(saved)
            try await record.save(on: db)
            if var log {
                log.detail = log.detail.replacingOccurrences(of: "{version}", with: String(saved.version))
                try await FluentAdminLog(database: db).record(log)
            }
            return saved
        }
    }

    public func delete(id: String, log: AdminLogEntry?) async throws {
        try await database.writeTransaction { db in
            try await FrameworkRecord.query(on: db).filter(\.$frameworkID == id).delete()
            if let log { try await FluentAdminLog(database: db).record(log) }
        }
    }

    public func usage(id: String) async throws -> Int {
        try await EvaluationRecord.query(on: database).filter(\.$frameworkID == id).count()
    }
}

extension FrameworkRecord {
    var stored: StoredFramework? {
        guard let kind = EvaluationKind(rawValue: kind) else { return nil }
        return StoredFramework(
            frameworkID: frameworkID, title: title, kind: kind, version: version, format: format,
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
