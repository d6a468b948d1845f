import FluentKit
import Foundation
import JixiaoCore

/// The uploaded rule files (indicator libraries, severities) on Fluent. They share the table of
/// the uploaded frameworks (`frameworks`, migration 009: a file an administrator uploaded, its
/// text, who and when) under the key `rules:<kind>:<name>` and a `kind` that is no evaluation
/// kind, so the framework lists never show them; a backup carries them as it carries frameworks.
public struct FluentRuleFileRepository: RuleFileRepository {
    let database: any Database

    public init(database: any Database) { self.database = database }

    static let prefix = "rules:"

    static func key(_ kind: RuleFile.Kind, _ name: String) -> String { prefix + kind.rawValue + ":" + name }

    public func all() async throws -> [RuleFile] {
        let kinds = RuleFile.Kind.allCases.map { Self.prefix + $0.rawValue }
        let rows = try await FrameworkRecord.query(on: database).filter(\.$kind ~~ kinds).all()
        return rows.compactMap { record in
            guard let kind = RuleFile.Kind(rawValue: String(record.kind.dropFirst(Self.prefix.count))) else { return nil }
            return RuleFile(
                kind: kind, name: record.title, fileName: record.fileName, sourceText: record.sourceText,
                version: record.version, uploadedBy: record.uploadedBy, uploadedAt: record.uploadedAt)
        }
        .sorted { ($0.kind == .severities ? 1 : 0, $0.name) < ($1.kind == .severities ? 1 : 0, $1.name) }
    }

    @discardableResult
    public func save(_ file: RuleFile, log: AdminLogEntry?) async throws -> RuleFile {
        try await database.writeTransaction { db in
            let key = Self.key(file.kind, file.name)
            let existing = try await FrameworkRecord.query(on: db).filter(\.$frameworkID == key).first()
            let record = existing ?? FrameworkRecord()
            var saved = file
            saved.version = (existing?.version ?? 0) + 1
            record.frameworkID = key
            record.title = file.name
            record.kind = Self.prefix + file.kind.rawValue
            record.version = saved.version
            record.format = (file.fileName.split(separator: ".").last.map(String.init) ?? "yaml").lowercased()
            record.fileName = file.fileName
            record.sourceText = file.sourceText
            record.document = ""
            record.uploadedBy = file.uploadedBy
            record.uploadedAt = file.uploadedAt
            try await record.save(on: db)
            if var log {
                log.detail = log.detail.replacingOccurrences(of: "{version}", with: String(saved.version))
                try await FluentAdminLog(database: db).record(log)
            }
            return saved
        }
    }

    public func delete(kind: RuleFile.Kind, name: String, log: AdminLogEntry?) async throws {
        try await database.writeTransaction { db in
            try await FrameworkRecord.query(on: db).filter(\.$frameworkID == Self.key(kind, name)).delete()
            if let log { try await FluentAdminLog(database: db).record(log) }
        }
    }
}
