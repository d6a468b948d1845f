import Foundation

/// A person who logs in: one role, one unit.
public struct UserAccount: Codable, Sendable, Hashable {
    public var id: UUID
    /// Login name (ASCII, unique).
    public var username: String
    /// Name shown in the interface and in the history, e.g. 王填报.
    public var displayName: String
    public var role: Role
    /// Code of the unit the user belongs to.
    public var unitCode: String

    public init(id: UUID, username: String, displayName: String, role: Role, unitCode: String) {
        self.id = id
        self.username = username
        self.displayName = displayName
        self.role = role
        self.unitCode = unitCode
    }

    /// True when the user may read evaluations of unit `code`.
    public func mayRead(unitCode code: String) -> Bool { role.seesAllUnits || code == unitCode }

    /// True when the user may change evaluations of unit `code`.
    public func mayEdit(unitCode code: String) -> Bool {
        role == .admin || (role == .filer && code == unitCode)
    }
}
