extension ScoredRecords {
    /// The scored tree the records describe, built once when a result is made;
    /// `values` are the evaluation's computed values, which records point into.
    func nodes(values: [ComputedValue]) -> [ScoredNode] { nodes(values, from: 0, to: records.count) }

    /// The nodes of the sibling subtrees in `records[start..<end]`.
    private func nodes(_ values: [ComputedValue], from start: Int, to end: Int) -> [ScoredNode] {
        var nodes: [ScoredNode] = []
        var index = start
        while index < end {
            let record = records[index]
            let facts = facts(of: index)
            let next = Int(record.end)
            let value = record.valueIndex >= 0 ? values[Int(record.valueIndex)] : nil
            nodes.append(
                ScoredNode(
                    id: facts.id, name: facts.name, level: facts.level, max: facts.max,
                    score: record.score, selfScore: record.selfScore, value: value,
                    explanationParts: explanation(of: index), ruleKind: facts.ruleKind,
                    deviationNote: note(of: index), notApplicable: record.notApplicable,
                    children: self.nodes(values, from: index + 1, to: next)))
            index = next
        }
        return nodes
    }
}
