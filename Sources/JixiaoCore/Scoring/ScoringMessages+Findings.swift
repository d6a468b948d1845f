/// The findings every leaf may raise, kept as their numbers and rendered when
/// read: a batch of evaluations raises thousands, and few are ever shown.
enum FindingText: Sendable {
    /// `“name”自评得分 6 分超过分值 5 分`.
    case overMax(name: String, selfScore: ExactDecimal, max: ExactDecimal)
    /// `“name”自评得分 4 分高于按数据计算的得分 2 分（explanation）`.
    case unsupported(name: String, selfScore: ExactDecimal, score: ExactDecimal, explanation: Explanation)
    /// `“name”得分 2 分低于分值 4 分，未说明偏差原因及改进措施`.
    case belowMax(name: String, score: ExactDecimal, max: ExactDecimal)
    /// `“name”无法按数据计算：reason`.
    case figureMissing(name: String, reason: String)

    func render(into buffer: inout TextBuffer) {
        switch self {
        case .overMax(let name, let selfScore, let max):
            Self.render(["“", .text(name), "”自评得分 ", .points(selfScore), " 分超过分值 ", .points(max), " 分"], &buffer)
        case .unsupported(let name, let selfScore, let score, let explanation):
            Self.render(["“", .text(name), "”自评得分 ", .points(selfScore), " 分高于按数据计算的得分 ", .points(score),
                         " 分（"], &buffer)
            explanation.render(into: &buffer)
            buffer.append("）")
        case .belowMax(let name, let score, let max):
            Self.render(["“", .text(name), "”得分 ", .points(score), " 分低于分值 ", .points(max),
                         " 分，未说明偏差原因及改进措施"], &buffer)
        case .figureMissing(let name, let reason):
            Self.render(["“", .text(name), "”无法按数据计算：", .text(reason)], &buffer)
        }
    }

    private static func render(_ parts: [Explanation.Part], _ buffer: inout TextBuffer) {
        for part in parts { part.render(into: &buffer) }
    }
}
