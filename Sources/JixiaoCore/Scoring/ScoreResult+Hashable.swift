// Written out because `summary` holds parts (compared by their text) and the hash
// leaves out what is costly to hash and rarely tells results apart.
extension ScoreResult: Hashable {
    public static func == (lhs: ScoreResult, rhs: ScoreResult) -> Bool {
        lhs.frameworkID == rhs.frameworkID && lhs.total == rhs.total && lhs.unroundedTotal == rhs.unroundedTotal
            && lhs.maxTotal == rhs.maxTotal && lhs.grade == rhs.grade && lhs.excluded == rhs.excluded
            && lhs.computed == rhs.computed && lhs.findings == rhs.findings && lhs.summary == rhs.summary
            && lhs.nodes == rhs.nodes
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(frameworkID)
        hasher.combine(total)
        hasher.combine(grade)
        hasher.combine(nodes)
        hasher.combine(findings)
    }
}
