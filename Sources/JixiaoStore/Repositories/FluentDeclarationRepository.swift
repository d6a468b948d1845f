import FluentKit
import FluentSQL
import Foundation
import JixiaoCore

/// `DeclarationRepository` on Fluent (SQLite or PostgreSQL): tables of migration 023, saved
/// through `VersionedDocuments`.
public struct FluentDeclarationRepository: DeclarationRepository {
    let database: any Database
    /// Where `list` runs (the hot-read database: prepared on PostgreSQL, direct on SQLite); `database` when nil.
    let reader: (any SQLDatabase)?

    public init(database: any Database, reader: (any SQLDatabase)? = nil) {
        self.database = database
        self.reader = reader
    }

    var documents: VersionedDocuments<DeclarationRecord> { VersionedDocuments(database: database) }

    public func create(_ state: DeclarationState, by user: String) async throws -> StoredDeclaration {
        let record = DeclarationRecord()
        try record.apply(state, by: user)
        var empty = state
        empty.declaration = TargetDeclaration(
            scope: state.declaration.scope, unit: state.declaration.unit,
            fiscalYear: state.declaration.fiscalYear)
        try await documents.create(record, changes: DeclarationDiff.changes(from: empty, to: state))
        return try record.stored()
    }

    public func find(id: String) async throws -> StoredDeclaration? {
        guard let uuid = UUID(uuidString: id) else { return nil }
        return try await DeclarationRecord.find(uuid, on: database)?.stored()
    }

    public func list(unitCode: String?, fiscalYear: Int?, limit: Int) async throws -> [StoredDeclaration] {
        if let reader { return try await Self.list(unitCode: unitCode, fiscalYear: fiscalYear, limit: limit, on: reader) }
        var query = DeclarationRecord.query(on: database)
        if let unitCode { query = query.filter(\.$unitCode == unitCode) }
        if let fiscalYear { query = query.filter(\.$fiscalYear == fiscalYear) }
        return try await query.sort(\.$updatedAt, .descending).sort(\.$id, .descending)
            .limit(max(1, min(limit, 1000))).all().map { try $0.stored() }
    }

    public func update(
        id: String, expectedVersion: Int, state: DeclarationState, by user: String,
        changes: [FieldChange]
    ) async throws -> StoredDeclaration {
        try await documents.update(id: id, expectedVersion: expectedVersion, changes: changes) {
            try $0.apply(state, by: user)
        }.stored()
    }

    public func history(id: String) async throws -> [HistoryEntry] {
        try await documents.history(id: id)
    }
}
