import FluentKit
import FluentSQL
import Foundation
import JixiaoCore

/// A row of `target_declarations`: the Core `DeclarationState` as JSON plus the indexed key
/// columns (unit, year, scope, title) and status (migration 023).
public final class DeclarationRecord: Model, @unchecked Sendable {
    public static let schema = "target_declarations"

    @ID(key: .id) public var id: UUID?
    @Field(key: "unit_code") public var unitCode: String
    @Field(key: "fiscal_year") public var fiscalYear: Int
    @Field(key: "scope") public var scope: String
    @Field(key: "title") public var title: String
    @Field(key: "status") public var status: String
    @Field(key: "version") public var version: Int
    @Field(key: "document") public var document: String
    @Field(key: "updated_by") public var updatedBy: String
    @Field(key: "updated_at") public var updatedAt: Date

    public init() {}

    func apply(_ state: DeclarationState, by user: String) throws {
        unitCode = state.unitCode
        fiscalYear = state.declaration.fiscalYear
        scope = state.declaration.scope.rawValue
        title = state.title
        status = state.status.rawValue
        document = String(decoding: try JSONEncoder().encode(state), as: UTF8.self)
        updatedBy = user
    }

    func stored() throws -> StoredDeclaration {
        let state = try JSONDecoder().decode(DeclarationState.self, from: Data(document.utf8))
        return StoredDeclaration(
            id: (id ?? UUID()).uuidString.lowercased(), version: version, updatedAt: updatedAt,
            updatedBy: updatedBy, state: state)
    }
}

extension DeclarationRecord: VersionedRecord {
    typealias History = DeclarationHistoryRecord

    var keyValues: [String] { [unitCode, String(fiscalYear), scope, title] }

    func sameKey(_ query: QueryBuilder<DeclarationRecord>) -> QueryBuilder<DeclarationRecord> {
        query.filter(\.$unitCode == unitCode).filter(\.$fiscalYear == fiscalYear).filter(\.$scope == scope)
            .filter(\.$title == title)
    }

    func setColumns(_ update: SQLUpdateBuilder) -> SQLUpdateBuilder {
        update.set("unit_code", to: unitCode).set("fiscal_year", to: fiscalYear).set("scope", to: scope)
            .set("title", to: title).set("status", to: status).set("document", to: document)
            .set("updated_by", to: updatedBy)
    }
}
