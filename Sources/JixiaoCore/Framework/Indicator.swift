/// One node of a framework: a heading (一级/二级) with children, or a leaf
/// (三级) with a scoring rule.
public struct Indicator: Codable, Sendable, Hashable {
    /// Unique id within the framework; defaults to `name` when the file omits it.
    public var id: String
    /// Chinese name, e.g. 结转结余率.
    public var name: String
    /// 分值.
    public var max: ExactDecimal
    /// Children; empty for a leaf.
    public var children: [Indicator]
    /// For a leaf: how its value is obtained (a formula over figures), if quantitative.
    public var value: String?
    /// For a leaf: how it is scored.
    public var rule: ScoringRule?
    /// 评分标准 as the bureau's table words it.
    public var criteria: String?
    /// 指标说明.
    public var note: String?
    /// True when the weight or rule is not from a published table.
    public var provisional: Bool
    /// For project frameworks: this heading's leaves are the evaluation's targets
    /// whose first level matches this name (e.g. 产出指标).
    public var fromTargets: Bool

    public init(
        id: String? = nil, name: String, max: ExactDecimal, children: [Indicator] = [],
        value: String? = nil, rule: ScoringRule? = nil, criteria: String? = nil,
        note: String? = nil, provisional: Bool = false, fromTargets: Bool = false
    ) {
        self.id = id ?? name
        self.name = name
        self.max = max
        self.children = children
        self.value = value
        self.rule = rule
        self.criteria = criteria
        self.note = note
        self.provisional = provisional
        self.fromTargets = fromTargets
    }

    /// True when the node has no children and is not filled from targets.
    public var isLeaf: Bool { children.isEmpty && !fromTargets }
}
