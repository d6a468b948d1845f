import FluentKit
import Foundation
import JixiaoCore

// Units, and the administrator's changes to them.
extension FluentAccountRepository: UnitRepository {
    public func units() async throws -> [JixiaoCore.Unit] {
        try await UnitRecord.query(on: database).sort(\.$code).all().map(\.unit)
    }

    public func unit(code: String) async throws -> JixiaoCore.Unit? {
        try await UnitRecord.query(on: database).filter(\.$code == code).first()?.unit
    }

    public func storedUnits() async throws -> [StoredUnit] {
        try await UnitRecord.query(on: database).sort(\.$code).all().compactMap(\.stored)
    }

    public func storedUnit(id: UUID) async throws -> StoredUnit? { try await UnitRecord.find(id, on: database)?.stored }

    public func usage(ofUnit code: String) async throws -> UnitUsage {
        UnitUsage(
            evaluations: try await EvaluationRecord.query(on: database).filter(\.$unitCode == code).count(),
            users: try await UserRecord.query(on: database).filter(\.$unitCode == code).count(),
            children: try await UnitRecord.query(on: database).filter(\.$parentCode == code).count())
    }

    public func create(_ unit: JixiaoCore.Unit, code: String, log: AdminLogEntry?) async throws {
        try await database.writeTransaction { db in
            try await UnitRecord(unit: unit, code: code).create(on: db)
            if let log { try await FluentAdminLog(database: db).record(log) }
        }
    }

    /// Creates `unit` without a log entry (the seeds).
    public func create(_ unit: JixiaoCore.Unit, code: String) async throws { try await create(unit, code: code, log: nil) }

    public func update(id: UUID, to unit: JixiaoCore.Unit, code: String, log: AdminLogEntry?) async throws {
        try await database.writeTransaction { db in
            guard let record = try await UnitRecord.find(id, on: db) else { throw RepositoryError.notFound(id: id.uuidString) }
            let old = record.code
            record.code = code
            record.name = unit.name
            record.region = unit.region
            record.parentCode = unit.parentCode
            try await record.save(on: db)
            if old != code {
                try await UserRecord.query(on: db).filter(\.$unitCode == old).set(\.$unitCode, to: code).update()
                try await UnitRecord.query(on: db).filter(\.$parentCode == old).set(\.$parentCode, to: code).update()
            }
            if let log { try await FluentAdminLog(database: db).record(log) }
        }
    }

    public func delete(id: UUID, log: AdminLogEntry?) async throws {
        try await database.writeTransaction { db in
            try await UnitRecord.query(on: db).filter(\.$id == id).delete()
            if let log { try await FluentAdminLog(database: db).record(log) }
        }
    }

    public func isEmpty() async throws -> Bool { try await UnitRecord.query(on: database).count() == 0 }
}

extension UnitRecord {
    var stored: StoredUnit? { id.map { StoredUnit(id: $0, unit: unit) } }
}
