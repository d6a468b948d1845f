/// Every figure the formulas of a framework read, each given a slot once per
/// `Scorer`, so that scoring an evaluation fills one table in a single pass
/// over its figures (keys matched by their bytes, `KeyTable`) which every
/// formula reads by position, with no dictionary lookup or array of its own.
struct FigureTable: Sendable {
    /// A key naming the figure of `slot`: its canonical id (rank 0) or another
    /// spelling (rank 1, 2 …, tried in that order); `next` chains the other
    /// slots the same key names (-1: none).
    private struct Target: Sendable {
        let slot: Int32
        let rank: Int32
        var next: Int32
    }

    /// One reference per slot: the first formula's spelling of the figure.
    private(set) var references: [FigureReference] = []
    private var slotByKeys: [[String]: Int32] = [:]
    private var targets: [Target] = []
    /// First target per key, in order of first use.
    private var heads: [(key: String, target: Int32)] = []
    private var headByKey: [String: Int] = [:]
    private var keys = KeyTable<Int32>([])

    /// The slot of each of `expression`'s references, adding the figures not seen yet.
    mutating func slots(of expression: Expression) -> [Int32] {
        let slots = expression.references.map { reference in
            let keys = [reference.id] + reference.alternates
            if let slot = slotByKeys[keys] { return slot }
            let slot = Int32(references.count)
            references.append(reference)
            slotByKeys[keys] = slot
            for (rank, key) in keys.enumerated() { add(key, slot: slot, rank: Int32(rank)) }
            return slot
        }
        keys = KeyTable(heads.map { ($0.key, $0.target) })
        return slots
    }

    private mutating func add(_ key: String, slot: Int32, rank: Int32) {
        if let head = headByKey[key] {
            targets.append(Target(slot: slot, rank: rank, next: heads[head].target))
            heads[head].target = Int32(targets.count - 1)
        } else {
            targets.append(Target(slot: slot, rank: rank, next: -1))
            headByKey[key] = heads.count
            heads.append((key, Int32(targets.count - 1)))
        }
    }

    /// The value of every slot's figure in `figures`, as `FigureReference.value`
    /// finds it: under the canonical id, else the first other spelling present.
    func values(_ figures: Figures) -> [ExactDecimal?] {
        guard !references.isEmpty else { return [] }
        var table = [ExactDecimal?].filled(with: nil, count: references.count)
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: references.count) { ranks in
            ranks.initialize(repeating: .max)
            for (key, value) in figures.values {
                guard var index = keys.value(key) else { continue }
                while index >= 0 {
                    let target = targets[Int(index)]
                    if target.rank < ranks[Int(target.slot)] {
                        ranks[Int(target.slot)] = target.rank
                        table[Int(target.slot)] = value
                    }
                    index = target.next
                }
            }
        }
        return table
    }
}
