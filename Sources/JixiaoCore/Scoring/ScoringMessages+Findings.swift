/// The findings every leaf may raise, kept as their numbers and rendered when
/// read: a batch of evaluations raises thousands, and few are ever shown.
enum FindingText: Sendable {
    // The leaf's shared `LeafInfo` rather than its name and maximum keeps this
    // small enough to sit in an `Explanation` without a box of its own.
    /// `“name”自评得分 6 分超过分值 5 分`.
    case overMax(LeafInfo, selfScore: ExactDecimal)
    /// `“name”自评得分 4 分高于按数据计算的得分 2 分（explanation）`.
    indirect case unsupported(name: String, selfScore: ExactDecimal, score: ExactDecimal, explanation: Explanation)
    /// `“name”得分 2 分低于分值 4 分，未说明偏差原因及改进措施`.
    case belowMax(LeafInfo, score: ExactDecimal)
    /// `“name”无法按数据计算：reason`.
    case figureMissing(LeafInfo, reason: String)

    func render(into buffer: inout TextBuffer) {
        switch self {
        case .overMax(let leaf, let selfScore):
            Self.render(
                ["“", .text(leaf.name), "”自评得分 ", .points(selfScore), " 分超过分值 ", .points(leaf.max), " 分"],
                &buffer)
        case .unsupported(let name, let selfScore, let score, let explanation):
            Self.render(
                [
                    "“", .text(name), "”自评得分 ", .points(selfScore), " 分高于按数据计算的得分 ", .points(score),
                    " 分（",
                ], &buffer)
            explanation.render(into: &buffer)
            buffer.append("）")
        case .belowMax(let leaf, let score):
            Self.render(
                [
                    "“", .text(leaf.name), "”得分 ", .points(score), " 分低于分值 ", .points(leaf.max),
                    " 分，未说明偏差原因及改进措施",
                ], &buffer)
        case .figureMissing(let leaf, let reason):
            Self.render(["“", .text(leaf.name), "”无法按数据计算：", .text(reason)], &buffer)
        }
    }

    private static func render(_ parts: [Explanation.Part], _ buffer: inout TextBuffer) {
        for part in parts { part.render(into: &buffer) }
    }
}
