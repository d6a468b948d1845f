import Foundation

/// Where the units live (implemented on Fluent in JixiaoStore). Changes an administrator
/// makes carry their administration log entry, written in the same transaction.
public protocol UnitRepository: Sendable {
    /// Every unit, by code.
    func units() async throws -> [Unit]
    func unit(code: String) async throws -> Unit?
    /// Every unit with its row id, by code.
    func storedUnits() async throws -> [StoredUnit]
    func storedUnit(id: UUID) async throws -> StoredUnit?
    func usage(ofUnit code: String) async throws -> UnitUsage
    func create(_ unit: Unit, code: String, log: AdminLogEntry?) async throws
    /// Saves unit `id` as `unit` with `code`; a new code is carried to the unit's users and child units.
    func update(id: UUID, to unit: Unit, code: String, log: AdminLogEntry?) async throws
    func delete(id: UUID, log: AdminLogEntry?) async throws
    /// True when no unit exists yet (a fresh database, to be seeded).
    func isEmpty() async throws -> Bool
}
