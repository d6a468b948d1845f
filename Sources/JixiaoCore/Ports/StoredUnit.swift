import Foundation

/// A unit as stored: its row id (the administrator's edit links) and the unit, whose `code`
/// is always set.
public struct StoredUnit: Sendable, Hashable {
    public var id: UUID
    public var unit: Unit

    public init(id: UUID, unit: Unit) {
        self.id = id
        self.unit = unit
    }

    public var code: String { unit.code ?? "" }
}

/// What still refers to a unit (a unit is deleted only when all are zero).
public struct UnitUsage: Sendable, Equatable {
    public var evaluations: Int
    public var users: Int
    public var children: Int

    public init(evaluations: Int, users: Int, children: Int) {
        self.evaluations = evaluations
        self.users = users
        self.children = children
    }

    public var isUnused: Bool { evaluations == 0 && users == 0 && children == 0 }
}
