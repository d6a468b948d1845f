/// The scored tree of a result: as the scorer wrote it (flat records and the
/// computed values they point into), or as nodes given by a caller.
enum ScoredTree: Sendable {
    case nodes([ScoredNode])
    case records(ScoredRecords, computed: ComputedList)

    var nodes: [ScoredNode] {
        switch self {
        case .nodes(let nodes): return nodes
        case .records(let records, let computed):
            return Self.build(records, computed, from: 0, to: records.count)
        }
    }

    /// The nodes of the sibling subtrees in `records[start..<end]`.
    private static func build(_ records: ScoredRecords, _ computed: ComputedList, from start: Int,
                              to end: Int) -> [ScoredNode] {
        var nodes: [ScoredNode] = []
        var index = start
        while index < end {
            let record = records.records[index]
            let facts = records.facts(of: index)
            let next = Int(record.end)
            let value = record.valueIndex >= 0 ? computed.value(at: Int(record.valueIndex)) : nil
            nodes.append(ScoredNode(id: facts.id, name: facts.name, level: facts.level, max: facts.max,
                                    score: record.score, selfScore: record.selfScore, value: value,
                                    explanationParts: records.explanation(of: index), ruleKind: facts.ruleKind,
                                    deviationNote: records.note(of: index), notApplicable: record.notApplicable,
                                    children: build(records, computed, from: index + 1, to: next)))
            index = next
        }
        return nodes
    }
}
