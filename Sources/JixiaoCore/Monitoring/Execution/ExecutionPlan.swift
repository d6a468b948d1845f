/// What an import changes: for each monitoring round at the chosen date, the executed budget
/// the rows give it. A unit's round takes every row of the unit (all its projects), a
/// project's round the rows of that project; only months up to the round's `asOf` count,
/// summed (monthly amounts) or the latest one (累计 amounts). Rows that fit no round are listed
/// as unused, never an error; rounds without rows keep their figure.
public struct ExecutionPlan: Sendable, Hashable {
    /// A round the import may change: what the store holds of it.
    public struct Round: Sendable, Hashable {
        public var id: String
        public var unitCode: String
        public var round: MonitoringRound

        public init(id: String, unitCode: String, round: MonitoringRound) {
            self.id = id
            self.unitCode = unitCode
            self.round = round
        }
    }

    /// One round's executed budget before and after.
    public struct Change: Sendable, Hashable {
        public var round: Round
        public var old: ExactDecimal
        public var new: ExactDecimal
        /// The file's rows the new figure comes from.
        public var rows: [Int]

        /// False when the file gives the figure already there.
        public var changes: Bool { old != new }
    }

    public var changes: [Change]
    /// Rounds no row belongs to (they keep their figure).
    public var untouched: [Round]
    /// Rows that fit no round at this date (another date's unit, a project without a round).
    public var unused: [ExecutionRow]

    /// The plan of `execution` (a clean import) over `rounds`.
    public init(_ execution: ExecutionImport, rounds: [Round]) {
        var used: Set<Int> = []
        var changes: [Change] = []
        var untouched: [Round] = []
        for round in rounds {
            let months = round.round.months
            let mine = execution.rows.filter { row in
                row.unitCode == round.unitCode && (round.round.project == nil || row.project == round.round.project?.trimmedSpaces)
            }
            used.formUnion(mine.map(\.number))
            let counted = mine.filter { $0.year == round.round.fiscalYear && $0.month <= months }
            guard !counted.isEmpty else {
                untouched.append(round)
                continue
            }
            let total: ExactDecimal
            if execution.cumulative {
                // The latest month's 累计 per project (a unit's round adds its projects' totals).
                let latest = Dictionary(grouping: counted) { $0.project ?? "" }.values.compactMap { $0.max { $0.month < $1.month } }
                total = latest.reduce(.zero) { $0 + $1.amount }
            } else {
                total = counted.reduce(.zero) { $0 + $1.amount }
            }
            changes.append(Change(round: round, old: round.round.budget.executed, new: total, rows: counted.map(\.number).sorted()))
        }
        self.changes = changes
        self.untouched = untouched
        self.unused = execution.rows.filter { !used.contains($0.number) }
    }

    /// The rounds whose figure the import changes, with their new executed budget.
    public var effective: [Change] { changes.filter(\.changes) }
}
