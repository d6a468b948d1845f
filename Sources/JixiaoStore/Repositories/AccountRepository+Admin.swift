import FluentKit
import Foundation
import JixiaoCore

/// What still refers to a unit (a unit is deleted only when all are zero).
public struct UnitUsage: Sendable, Equatable {
    public var evaluations: Int
    public var users: Int
    public var children: Int

    public var isUnused: Bool { evaluations == 0 && users == 0 && children == 0 }
}

// The administrator's changes to units and users.
extension AccountRepository {
    public func unitRecord(id: UUID) async throws -> UnitRecord? { try await UnitRecord.find(id, on: database) }

    public func unitRecords() async throws -> [UnitRecord] {
        try await UnitRecord.query(on: database).sort(\.$code).all()
    }

    public func usage(ofUnit code: String) async throws -> UnitUsage {
        UnitUsage(evaluations: try await EvaluationRecord.query(on: database).filter(\.$unitCode == code).count(),
                  users: try await UserRecord.query(on: database).filter(\.$unitCode == code).count(),
                  children: try await UnitRecord.query(on: database).filter(\.$parentCode == code).count())
    }

    /// Saves `unit` into `record`; a new code is carried to the unit's users and child units.
    /// Call inside a transaction.
    public func update(_ record: UnitRecord, to unit: JixiaoCore.Unit, code: String) async throws {
        let old = record.code
        record.code = code
        record.name = unit.name
        record.region = unit.region
        record.parentCode = unit.parentCode
        try await record.save(on: database)
        guard old != code else { return }
        try await UserRecord.query(on: database).filter(\.$unitCode == old).set(\.$unitCode, to: code).update()
        try await UnitRecord.query(on: database).filter(\.$parentCode == old).set(\.$parentCode, to: code).update()
    }

    public func delete(_ record: UnitRecord) async throws { try await record.delete(on: database) }

    /// Saves name, role, unit and the disabled flag of `user`.
    public func save(_ user: UserRecord) async throws { try await user.save(on: database) }

    /// Enabled administrators.
    public func activeAdmins() async throws -> Int {
        try await UserRecord.query(on: database).filter(\.$role == Role.admin.rawValue)
            .filter(\.$disabled == false).count()
    }
}
