// Written out because `explanation` is stored as parts: the JSON keeps the plain
// `"explanation": "…"` string of the public shape.
extension ScoredNode: Codable {
    private enum CodingKeys: String, CodingKey {
        case id, name, level, max, score, selfScore, value, explanation, ruleKind, deviationNote, notApplicable, children
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try c.decode(String.self, forKey: .id), name: try c.decode(String.self, forKey: .name),
            level: try c.decode(Int.self, forKey: .level), max: try c.decode(ExactDecimal.self, forKey: .max),
            score: try c.decodeIfPresent(ExactDecimal.self, forKey: .score),
            selfScore: try c.decodeIfPresent(ExactDecimal.self, forKey: .selfScore),
            value: try c.decodeIfPresent(ComputedValue.self, forKey: .value),
            explanation: try c.decode(String.self, forKey: .explanation),
            ruleKind: try c.decodeIfPresent(String.self, forKey: .ruleKind),
            deviationNote: try c.decodeIfPresent(String.self, forKey: .deviationNote),
            notApplicable: try c.decode(Bool.self, forKey: .notApplicable),
            children: try c.decode([ScoredNode].self, forKey: .children))
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(name, forKey: .name)
        try c.encode(level, forKey: .level)
        try c.encode(max, forKey: .max)
        try c.encodeIfPresent(score, forKey: .score)
        try c.encodeIfPresent(selfScore, forKey: .selfScore)
        try c.encodeIfPresent(value, forKey: .value)
        try c.encode(explanation, forKey: .explanation)
        try c.encodeIfPresent(ruleKind, forKey: .ruleKind)
        try c.encodeIfPresent(deviationNote, forKey: .deviationNote)
        try c.encode(notApplicable, forKey: .notApplicable)
        try c.encode(children, forKey: .children)
    }
}
