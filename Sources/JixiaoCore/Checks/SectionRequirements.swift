/// The narrative sections a report kind requires (`section.missing`): a key, the
/// title shown in messages, and the words any of which a heading for it contains.
public struct RequiredSection: Sendable, Hashable {
    public var key: String
    public var title: String
    public var headingWords: [String]

    public init(key: String, title: String, headingWords: [String]) {
        self.key = key
        self.title = title
        self.headingWords = headingWords
    }

    /// True when a heading text names this section.
    public func matches(heading: String) -> Bool { headingWords.contains { heading.contains($0) } }
}

extension RequiredSection {
    /// The required sections of a report kind, in report order.
    public static func required(for kind: EvaluationKind) -> [RequiredSection] {
        switch kind {
        case .departmentWide:
            return [
                .init(key: "basicInfo", title: "部门基本情况", headingWords: ["基本情况", "部门概况", "单位概况"]),
                .init(key: "selfEvaluation", title: "绩效自评情况", headingWords: ["自评情况", "绩效情况", "预算执行与管理情况"]),
                .init(key: "conclusion", title: "自评结论", headingWords: ["自评结论", "评价结论", "绩效指标分析", "目标实现程度"]),
                .init(key: "problems", title: "存在问题及改进意见", headingWords: ["存在问题", "存在的问题", "问题及改进", "改进意见", "改进措施"]),
            ]
        case .project:
            return [
                .init(key: "overallGoal", title: "年度总体目标", headingWords: ["年度总体目标", "总体目标", "绩效目标"]),
                .init(key: "indicators", title: "绩效指标", headingWords: ["绩效指标", "指标完成情况"]),
                .init(key: "problems", title: "存在问题及改进措施", headingWords: ["存在问题", "存在的问题", "改进措施", "改进意见"]),
            ]
        }
    }
}
