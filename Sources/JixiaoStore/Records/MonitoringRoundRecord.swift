import FluentKit
import FluentSQL
import Foundation
import JixiaoCore

/// A row of `monitoring_rounds`: the Core `MonitoringRoundState` as JSON plus the indexed key
/// columns (unit, year, project title, as-of date) and status (migration 025).
public final class MonitoringRoundRecord: Model, @unchecked Sendable {
    public static let schema = "monitoring_rounds"

    @ID(key: .id) public var id: UUID?
    @Field(key: "unit_code") public var unitCode: String
    @Field(key: "fiscal_year") public var fiscalYear: Int
    @Field(key: "title") public var title: String
    /// The round's `asOf` as ISO text (2025-07-31), so it sorts as a date.
    @Field(key: "as_of") public var asOf: String
    @Field(key: "declaration_id") public var declarationID: String
    @Field(key: "status") public var status: String
    @Field(key: "version") public var version: Int
    @Field(key: "document") public var document: String
    @Field(key: "updated_by") public var updatedBy: String
    @Field(key: "updated_at") public var updatedAt: Date

    public init() {}

    func apply(_ state: MonitoringRoundState, by user: String) throws {
        unitCode = state.unitCode
        fiscalYear = state.round.fiscalYear
        title = state.title
        asOf = state.round.asOf.iso
        declarationID = state.declarationID
        status = state.status.rawValue
        document = String(decoding: try JSONEncoder().encode(state), as: UTF8.self)
        updatedBy = user
    }

    func stored() throws -> StoredMonitoringRound {
        let state = try JSONDecoder().decode(MonitoringRoundState.self, from: Data(document.utf8))
        return StoredMonitoringRound(
            id: (id ?? UUID()).uuidString.lowercased(), version: version, updatedAt: updatedAt,
            updatedBy: updatedBy, state: state)
    }
}

extension MonitoringRoundRecord: VersionedRecord {
    typealias History = MonitoringHistoryRecord

    var keyValues: [String] { [unitCode, String(fiscalYear), title, asOf] }

    func sameKey(_ query: QueryBuilder<MonitoringRoundRecord>) -> QueryBuilder<MonitoringRoundRecord> {
        query.filter(\.$unitCode == unitCode).filter(\.$fiscalYear == fiscalYear).filter(\.$title == title)
            .filter(\.$asOf == asOf)
    }

    func setColumns(_ update: SQLUpdateBuilder) -> SQLUpdateBuilder {
        update.set("unit_code", to: unitCode).set("fiscal_year", to: fiscalYear).set("title", to: title)
            .set("as_of", to: asOf).set("declaration_id", to: declarationID).set("status", to: status)
            .set("document", to: document).set("updated_by", to: updatedBy)
    }
}
