/// What the unit entered for each framework leaf, as scoring reads it: plain
/// values per leaf, with the notes and ticked items beside them. (An array of
/// `IndicatorInput` copied every input out of the dictionary and back into the
/// array, and freed both, each copy retaining its strings.)
struct LeafInputs {
    /// One leaf's input in plain values (`note`, `checked` and `breaches` index
    /// the lists), in 32 bytes: a framework's entries then stay under the
    /// allocator's limit for small blocks.
    struct Entry {
        var selfScore: ExactDecimal?
        var given = false
        var outcome: QualitativeOutcome?
        var notApplicable: Bool?
        var note: Int32 = -1
        var checked: Int32 = -1
        var breaches: Int32 = -1
    }

    private(set) var entries: [Entry]
    /// The notes given, which entries point at (`Entry.note`).
    private(set) var notes: [String] = []
    private var checkedItems: [[String]] = []
    private var breachCounts: [Int] = []

    init(count: Int) { entries = .filled(with: Entry(), count: count) }

    /// Records `input` as leaf `leaf`'s.
    @inline(__always)
    mutating func set(_ leaf: Int, _ input: borrowing IndicatorInput) {
        var entry = Entry(
            selfScore: input.selfScore, given: true, outcome: input.outcome,
            notApplicable: input.notApplicable)
        if let note = input.note {
            if notes.isEmpty { notes.reserveCapacity(entries.count / 2) }
            entry.note = Int32(notes.count)
            notes.append(note)
        }
        if let checked = input.checked {
            entry.checked = Int32(checkedItems.count)
            checkedItems.append(checked)
        }
        if let breaches = input.breaches {
            entry.breaches = Int32(breachCounts.count)
            breachCounts.append(breaches)
        }
        entries[leaf] = entry
    }

    /// The ticked checklist items of `entry`, if given.
    func checked(_ entry: Entry) -> [String]? { entry.checked < 0 ? nil : checkedItems[Int(entry.checked)] }

    /// The breach count of `entry`, if given.
    func breaches(_ entry: Entry) -> Int? { entry.breaches < 0 ? nil : breachCounts[Int(entry.breaches)] }
}
