extension ScoreResult {
    /// True when at least one applicable indicator has a score. A result without
    /// any (a new draft: no figures, no self-scores) has no total and no grade:
    /// every output shows 「—」 for both, and it counts in no average.
    public var isScored: Bool {
        switch tree {
        case .records(let scored, _):
            let records = scored.records
            return records.indices.contains { i in
                records[i].end == Int32(i + 1) && records[i].score != nil && !records[i].notApplicable
            }
        case .nodes(let nodes):
            return nodes.contains { $0.hasScoredLeaf }
        }
    }
}

extension ScoredNode {
    /// True when this node is, or has below it, an applicable leaf with a score.
    var hasScoredLeaf: Bool {
        children.isEmpty ? score != nil && !notApplicable : children.contains { $0.hasScoredLeaf }
    }
}
