/// The units as a tree by 主管部门 (`parentCode`): display order and cycle checks.
public struct UnitTree: Sendable {
    public let units: [Unit]

    public init(_ units: [Unit]) { self.units = units }

    /// Units in tree order with their depth; a unit whose parent is unknown is a root.
    public var ordered: [(unit: Unit, depth: Int)] {
        let codes = Set(units.compactMap(\.code))
        var out: [(unit: Unit, depth: Int)] = []
        var placed: Set<String> = []
        func visit(_ unit: Unit, _ depth: Int) {
            guard let code = unit.code, placed.insert(code).inserted else { return }
            out.append((unit, depth))
            for child in units where child.parentCode == code { visit(child, depth + 1) }
        }
        for unit in units where unit.parentCode.map({ !codes.contains($0) }) ?? true { visit(unit, 0) }
        // Units caught in a cycle (only possible in data written outside the app) still show.
        for unit in units { visit(unit, 0) }
        return out
    }

    /// True when making `parent` the 主管部门 of `code` would make a unit its own ancestor.
    public func wouldCycle(code: String, parent: String?) -> Bool {
        var current = parent
        var seen: Set<String> = []
        while let next = current {
            if next == code || !seen.insert(next).inserted { return true }
            current = units.first { $0.code == next }?.parentCode
        }
        return false
    }
}
