/// Finds the unit's input for every framework leaf in one pass over the
/// evaluation's `indicators`, matching keys by their bytes (`KeyTable`).
/// A match by id wins over a match by name.
struct InputIndex: Sendable {
    private struct Match: Sendable {
        let leaf: Int
        let isID: Bool
    }

    let leafCount: Int
    private let ids: [String]
    private let table: KeyTable<Match>

    /// `leaves[i]` is the id and name of leaf `i`.
    init(leaves: [(id: String, name: String)]) {
        leafCount = leaves.count
        ids = leaves.map(\.id)
        var pairs: [(key: String, value: Match)] = []
        for (index, leaf) in leaves.enumerated() { pairs.append((leaf.id, Match(leaf: index, isID: true))) }
        for (index, leaf) in leaves.enumerated() where leaf.name != leaf.id {
            pairs.append((leaf.name, Match(leaf: index, isID: false)))
        }
        table = KeyTable(pairs)
    }

    /// The input of every leaf, by leaf index; an empty input for a leaf the unit left out.
    func inputs(of indicators: [String: IndicatorInput]) -> [IndicatorInput] {
        var inputs = [IndicatorInput](unsafeUninitializedCapacity: leafCount) { buffer, count in
            for index in 0..<leafCount { (buffer.baseAddress! + index).initialize(to: IndicatorInput()) }
            count = leafCount
        }
        guard !indicators.isEmpty else { return inputs }
        var byName: [(leaf: Int, input: IndicatorInput)] = []
        for (key, input) in indicators {
            guard let match = table.value(key) else { continue }
            if match.isID { inputs[match.leaf] = consume input } else { byName.append((match.leaf, consume input)) }
        }
        // A name fills only a leaf whose id is not among the keys.
        for (leaf, input) in byName {
            let idMatches = table.value(ids[leaf]).map { $0.isID && $0.leaf == leaf } ?? false
            if !idMatches || indicators[ids[leaf]] == nil { inputs[leaf] = input }
        }
        return inputs
    }
}
