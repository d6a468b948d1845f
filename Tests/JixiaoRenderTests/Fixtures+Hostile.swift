import JixiaoCore

extension Fixtures {
    /// Markup, entity and CDATA breakers with every C0 control character.
    static let hostile =
        "<script>alert('x')</script> & ]]> \"q\" | *b* # "
        + String(
            String.UnicodeScalarView((0x00...0x1F).compactMap(Unicode.scalarFromInt))) + "尾"
    /// What `hostile` reads as once control characters are removed (tab → space, CR/LF split lines).
    static let hostileVisible = "<script>alert('x')</script> & ]]> \"q\" | *b* #"

    /// A paragraph of `count` characters.
    static func long(_ count: Int) -> String { String(repeating: "很长的段落文字", count: count / 7 + 1).prefix(count) + "" }

    /// The department evaluation and score with hostile text in every field; with
    /// `longText` every field also carries a 100,000-character paragraph.
    static func hostileDepartment(longText: Bool) -> (Evaluation, ScoreResult) {
        let bad = hostile + (longText ? "\n" + long(100_000) : "")
        var evaluation = departmentEvaluation()
        evaluation.unit.name = "示例局" + bad
        evaluation.filing = Filing(filedBy: bad, phone: bad, filedOn: bad)
        evaluation.narrative =
            ReportSection.departmentWide.map { NarrativeSection(key: $0.key, title: bad, text: bad) }
            + [NarrativeSection(key: "extra" + hostile, title: bad, text: bad)]
        evaluation.figures.values[bad] = 7
        var score = departmentScore()
        score.nodes = score.nodes.map { hostile($0, bad) }
        score.computed = score.computed.map { _ in
            ComputedValue(name: bad, formula: bad, inputs: [bad: 1], value: nil, reason: bad)
        }
        return (evaluation, score)
    }

    static func hostileProject() -> (Evaluation, ScoreResult) {
        var evaluation = projectEvaluation()
        evaluation.project = ProjectInfo(
            name: hostile, department: hostile, implementer: hostile,
            overallGoal: hostile, overallOutcome: hostile)
        evaluation.targets = evaluation.targets.map {
            var t = $0
            t.unit = hostile; t.deviationNote = hostile; t.targetValue = nil; t.targetText = hostile
            return t
        }
        var score = projectScore()
        score.nodes = score.nodes.map { hostile($0, hostile) }
        return (evaluation, score)
    }

    private static func hostile(_ node: ScoredNode, _ bad: String) -> ScoredNode {
        var n = node
        n.name = node.name + bad
        n.explanation = bad
        n.deviationNote = n.children.isEmpty ? bad : nil
        n.children = node.children.map { hostile($0, bad) }
        return n
    }
}

extension Unicode {
    static func scalarFromInt(_ value: Int) -> Unicode.Scalar? { Unicode.Scalar(UInt32(value)) }
}
