/// Finds the unit's input for every framework leaf in one pass over the
/// evaluation's `indicators`, matching keys by their bytes (`KeyTable`).
/// A match by id wins over a match by name.
struct InputIndex: Sendable {
    private struct Match: Sendable {
        let leaf: Int
        let isID: Bool
    }

    let leafCount: Int
    private let table: KeyTable<Match>

    /// `leaves[i]` is the id and name of leaf `i`.
    init(leaves: [(id: String, name: String)]) {
        leafCount = leaves.count
        var pairs: [(key: String, value: Match)] = []
        for (index, leaf) in leaves.enumerated() { pairs.append((leaf.id, Match(leaf: index, isID: true))) }
        for (index, leaf) in leaves.enumerated() where leaf.name != leaf.id {
            pairs.append((leaf.name, Match(leaf: index, isID: false)))
        }
        table = KeyTable(pairs)
    }

    /// What the unit entered for every leaf, by leaf index.
    func inputs(of indicators: [String: IndicatorInput]) -> LeafInputs {
        var inputs = LeafInputs(count: leafCount)
        // Walked by index, reading fields in place: iterating the pairs copied every
        // input (and its key) out of the dictionary, retaining each string.
        var position = indicators.startIndex
        let end = indicators.endIndex
        while position != end {
            if let match = table.value(indicators.keys[position]),
                // An id always wins; a name only fills a leaf nothing has filled yet.
                match.isID || !inputs.entries[match.leaf].given
            {
                inputs.set(match.leaf, indicators.values[position])
            }
            indicators.formIndex(after: &position)
        }
        return inputs
    }
}
