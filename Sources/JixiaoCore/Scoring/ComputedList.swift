/// The values an evaluation's formulas computed, kept as each formula's plan
/// and result over the evaluation's figure table, and made into `ComputedValue`s
/// only when a whole result is built (not for `Scorer.totals`): a `ComputedValue`
/// holds four references, and making, copying and freeing one per formula leaf
/// showed in the profile of bulk scoring.
struct ComputedList: Sendable {
    struct Entry: Sendable {
        let plan: FormulaPlan
        let result: Computation
    }

    private(set) var entries: [Entry] = []
    /// The evaluation's figure table, which every plan's slots index.
    let table: [ExactDecimal?]

    init(table: [ExactDecimal?], capacity: Int) {
        self.table = table
        entries.reserveCapacity(capacity)
    }

    var count: Int { entries.count }

    mutating func append(_ plan: FormulaPlan, _ result: Computation) {
        entries.append(Entry(plan: plan, result: result))
    }

    /// Value `index` as the result shows it.
    func value(at index: Int) -> ComputedValue {
        let entry = entries[index]
        return ComputedValue(
            name: entry.plan.name, formula: entry.plan.expression.text, result: entry.result,
            used: .planned(entry.plan, table))
    }

    var values: [ComputedValue] { entries.indices.map(value(at:)) }
}
