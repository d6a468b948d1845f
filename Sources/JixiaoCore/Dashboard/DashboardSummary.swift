/// The aggregate numbers of a year's dashboard: counted from `DashboardRow`s in memory
/// (`init(rows:)`, the definition) or by the store's `DashboardRepository.summary` in SQL (the same
/// numbers).
public struct DashboardSummary: Sendable, Equatable {
    /// The findings of one unit over all its evaluations of the year.
    public struct UnitFindings: Sendable, Equatable {
        public var unitCode: String
        /// The unit's name (the least one when its evaluations differ).
        public var unitName: String
        public var errors: Int
        public var warnings: Int

        public init(unitCode: String, unitName: String, errors: Int, warnings: Int) {
            self.unitCode = unitCode
            self.unitName = unitName
            self.errors = errors
            self.warnings = warnings
        }
    }

    public var count = 0
    public var statusCounts: [EvaluationStatus: Int] = [:]
    /// Of the graded rows (not drafts, scored): grades, totals in 10-point bins
    /// (0–10, …, 90–100; 100 and more in the last, below 0 in the first), sum and count of totals.
    public var gradeCounts: [Grade: Int] = [:]
    public var histogram = Array(repeating: 0, count: 10)
    public var scoreSum = ExactDecimal.zero
    public var scored = 0
    /// Execution rates of every row that has one (drafts too): sum and count.
    public var rateSum = ExactDecimal.zero
    public var rates = 0
    /// The units with findings, most first (then by name and code).
    public var findings: [UnitFindings] = []

    public init() {}

    /// The summary of `rows` (one year's evaluations).
    public init(rows: [DashboardRow]) {
        var byUnit: [String: UnitFindings] = [:]
        for row in rows {
            add(row)
            var unit = byUnit[row.unitCode] ?? UnitFindings(unitCode: row.unitCode, unitName: row.unitName, errors: 0, warnings: 0)
            unit.unitName = min(unit.unitName, row.unitName)
            unit.errors += row.errorCount
            unit.warnings += row.warningCount
            byUnit[row.unitCode] = unit
        }
        findings = Self.ordered(Array(byUnit.values))
    }

    public var drafts: Int { statusCounts[.draft] ?? 0 }

    /// Adds one row's numbers (not its findings).
    public mutating func add(_ row: DashboardRow) {
        count += 1
        statusCounts[row.status, default: 0] += 1
        if let rate = row.executionRate { rateSum = rateSum + rate; rates += 1 }
        guard row.status != .draft, let total = row.total else { return }
        if let grade = row.grade { gradeCounts[grade, default: 0] += 1 }
        histogram[Self.bin(total.units / (10 * ExactDecimal.one.units))] += 1
        scoreSum = scoreSum + total
        scored += 1
    }

    /// The histogram's bin of a quotient by 10 points.
    public static func bin(_ tens: Int128) -> Int { Int(min(max(tens, 0), 9)) }

    /// The units with findings, most first (then by name and code), as `findings` lists them.
    public static func ordered(_ units: [UnitFindings]) -> [UnitFindings] {
        units.filter { $0.errors + $0.warnings > 0 }.sorted {
            ($1.errors + $1.warnings, $0.unitName, $0.unitCode) < ($0.errors + $0.warnings, $1.unitName, $1.unitCode)
        }
    }
}
