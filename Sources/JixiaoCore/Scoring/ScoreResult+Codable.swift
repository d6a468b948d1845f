// Written out because `explanation` is stored as parts: the JSON keeps a plain string.
extension ScoreResult: Codable {
    private enum CodingKeys: String, CodingKey {
        case frameworkID, total, unroundedTotal, maxTotal, grade, excluded, nodes, computed, findings, explanation
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            frameworkID: try c.decode(String.self, forKey: .frameworkID),
            total: try c.decode(ExactDecimal.self, forKey: .total),
            unroundedTotal: try c.decode(ExactDecimal.self, forKey: .unroundedTotal),
            maxTotal: try c.decode(ExactDecimal.self, forKey: .maxTotal),
            grade: try c.decode(Grade.self, forKey: .grade),
            excluded: try c.decode([String].self, forKey: .excluded),
            nodes: try c.decode([ScoredNode].self, forKey: .nodes),
            computed: try c.decode([ComputedValue].self, forKey: .computed),
            findings: try c.decode([Finding].self, forKey: .findings))
        explanation = try c.decodeIfPresent(String.self, forKey: .explanation)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(frameworkID, forKey: .frameworkID)
        try c.encode(total, forKey: .total)
        try c.encode(unroundedTotal, forKey: .unroundedTotal)
        try c.encode(maxTotal, forKey: .maxTotal)
        try c.encode(grade, forKey: .grade)
        try c.encode(excluded, forKey: .excluded)
        try c.encode(nodes, forKey: .nodes)
        try c.encode(computed, forKey: .computed)
        try c.encode(findings, forKey: .findings)
        try c.encodeIfPresent(explanation, forKey: .explanation)
    }
}
