extension ScoreResult {
    /// True when at least one applicable indicator has a score. A result without
    /// any (a new draft: no figures, no self-scores) has no total and no grade:
    /// every output shows 「—」 for both, and it counts in no average.
    public var isScored: Bool { nodes.contains { $0.hasScoredLeaf } }
}

extension ScoredNode {
    /// True when this node is, or has below it, an applicable leaf with a score.
    var hasScoredLeaf: Bool {
        children.isEmpty ? score != nil && !notApplicable : children.contains { $0.hasScoredLeaf }
    }
}
