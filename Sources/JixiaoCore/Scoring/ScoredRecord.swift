/// What stays the same about a scored node from one evaluation to the next:
/// id, name, level, maximum and rule kind. Built once per framework node (per
/// target for `fromTargets` headings), so a record retains one reference.
final class NodeFacts: Sendable {
    let id: String
    let name: String
    let level: Int
    let max: ExactDecimal
    /// `proportional`, `bands` … for leaves; nil for headings.
    let ruleKind: String?

    init(id: String, name: String, level: Int, max: ExactDecimal, ruleKind: String?) {
        self.id = id
        self.name = name
        self.level = level
        self.max = max
        self.ruleKind = ruleKind
    }
}

/// One scored node in a flat, depth-first list: the scorer writes these in
/// place and `ScoreResult.nodes` builds the `ScoredNode` tree from them when
/// read, so scoring many evaluations allocates no node and copies no subtree.
struct ScoredRecord: Sendable {
    let facts: NodeFacts
    var score: ExactDecimal?
    var selfScore: ExactDecimal?
    /// Index of the leaf's value in `ScoreResult.computed`; -1 when it has none.
    var valueIndex: Int32 = -1
    var explanation: Explanation
    var deviationNote: String?
    var notApplicable = false
    /// Index of the first record after this node's subtree.
    var end: Int32 = 0

    @inline(__always)
    init(facts: NodeFacts, score: ExactDecimal?, selfScore: ExactDecimal? = nil, valueIndex: Int32 = -1,
         explanation: Explanation, deviationNote: String? = nil, notApplicable: Bool = false, end: Int32 = 0) {
        self.facts = facts
        self.score = score
        self.selfScore = selfScore
        self.valueIndex = valueIndex
        self.explanation = explanation
        self.deviationNote = deviationNote
        self.notApplicable = notApplicable
        self.end = end
    }
}

/// The scored tree of a result: as the scorer wrote it (flat records and the
/// computed values they point into), or as nodes given by a caller.
enum ScoredTree: Sendable {
    case nodes([ScoredNode])
    case records([ScoredRecord], computed: [ComputedValue])

    var nodes: [ScoredNode] {
        switch self {
        case .nodes(let nodes): return nodes
        case .records(let records, let computed):
            return Self.build(records, computed, from: 0, to: records.count)
        }
    }

    /// The nodes of the sibling subtrees in `records[start..<end]`.
    private static func build(_ records: [ScoredRecord], _ computed: [ComputedValue], from start: Int,
                              to end: Int) -> [ScoredNode] {
        var nodes: [ScoredNode] = []
        var index = start
        while index < end {
            let record = records[index]
            let next = Int(record.end)
            let value = record.valueIndex >= 0 ? computed[Int(record.valueIndex)] : nil
            nodes.append(ScoredNode(id: record.facts.id, name: record.facts.name, level: record.facts.level,
                                    max: record.facts.max, score: record.score, selfScore: record.selfScore,
                                    value: value, explanationParts: record.explanation,
                                    ruleKind: record.facts.ruleKind, deviationNote: record.deviationNote,
                                    notApplicable: record.notApplicable,
                                    children: build(records, computed, from: index + 1, to: next)))
            index = next
        }
        return nodes
    }
}
