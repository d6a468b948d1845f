/// The outcome of scoring one evaluation against one framework, built once when
/// scored: reading a property never rebuilds anything (explanations are kept as parts
/// and rendered to text when read). Bulk work that needs only totals reads
/// `Scorer.totals(_:)`, which builds none of it.
public struct ScoreResult: Sendable {
    public var frameworkID: String
    /// Total rounded half-up to 0.01 (after rescaling when indicators were excluded).
    public var total: ExactDecimal
    /// The total before rounding; the grade is taken from it.
    public var unroundedTotal: ExactDecimal
    /// The framework's total (normally 100).
    public var maxTotal: ExactDecimal
    public var grade: Grade
    /// Ids of indicators excluded as not applicable; non-empty means the total was rescaled.
    public var excluded: [String]
    /// The scored tree, headings with their sums, leaves with their scores.
    public var nodes: [ScoredNode]
    /// Formulas computed from the figures (the indicators' values), in framework order.
    public var computed: [ComputedValue]
    /// Problems found while scoring (score.over-max, score.unsupported, deviation.missing …).
    public var findings: [Finding]
    /// How the total and grade were obtained, in Chinese (says when indicators were
    /// excluded and the total rescaled, and when the grade comes from the unrounded total).
    public var explanation: String? {
        get { summary?.text }
        set { summary = newValue.map { Explanation($0) } }
    }
    /// `explanation` as parts, rendered when read.
    public var summary: Explanation?

    public init(
        frameworkID: String, total: ExactDecimal, unroundedTotal: ExactDecimal,
        maxTotal: ExactDecimal, grade: Grade, excluded: [String], nodes: [ScoredNode],
        computed: [ComputedValue], findings: [Finding]
    ) {
        self.frameworkID = frameworkID
        self.total = total
        self.unroundedTotal = unroundedTotal
        self.maxTotal = maxTotal
        self.grade = grade
        self.excluded = excluded
        self.nodes = nodes
        self.computed = computed
        self.findings = findings
    }
}

/// One scored indicator: a heading (children non-empty) or a leaf.
public struct ScoredNode: Sendable, Hashable {
    public var id: String
    public var name: String
    /// 1 for 一级, 2 for 二级, 3 for 三级.
    public var level: Int
    public var max: ExactDecimal
    /// Computed score rounded to 0.01; nil when it cannot be computed (inputs missing).
    public var score: ExactDecimal?
    /// The unit's self-assessed score, when given.
    public var selfScore: ExactDecimal?
    /// The leaf's value (a rate, an amount…), when it has one.
    public var value: ComputedValue?
    /// How the score was obtained, in Chinese, with the numbers.
    public var explanation: String {
        get { explanationParts.text }
        set { explanationParts = Explanation(newValue) }
    }
    /// `explanation` as parts, rendered when read (scoring does not format text).
    public var explanationParts: Explanation
    /// Rule kind for leaves (`proportional`, `bands`, …), nil for headings.
    public var ruleKind: String?
    /// 偏差原因分析及改进措施 given by the unit.
    public var deviationNote: String?
    public var notApplicable: Bool
    public var children: [ScoredNode]

    public init(
        id: String, name: String, level: Int, max: ExactDecimal, score: ExactDecimal?,
        selfScore: ExactDecimal? = nil, value: ComputedValue? = nil, explanation: String,
        ruleKind: String? = nil, deviationNote: String? = nil, notApplicable: Bool = false,
        children: [ScoredNode] = []
    ) {
        self.init(
            id: id, name: name, level: level, max: max, score: score, selfScore: selfScore, value: value,
            explanationParts: Explanation(explanation), ruleKind: ruleKind, deviationNote: deviationNote,
            notApplicable: notApplicable, children: children)
    }

    /// A node whose explanation is rendered from parts when read.
    public init(
        id: String, name: String, level: Int, max: ExactDecimal, score: ExactDecimal?,
        selfScore: ExactDecimal? = nil, value: ComputedValue? = nil, explanationParts: Explanation,
        ruleKind: String? = nil, deviationNote: String? = nil, notApplicable: Bool = false,
        children: [ScoredNode] = []
    ) {
        self.id = id
        self.name = name
        self.level = level
        self.max = max
        self.score = score
        self.selfScore = selfScore
        self.value = value
        self.explanationParts = explanationParts
        self.ruleKind = ruleKind
        self.deviationNote = deviationNote
        self.notApplicable = notApplicable
        self.children = children
    }

    /// All leaves under (and including) this node, depth first.
    public var leaves: [ScoredNode] { children.isEmpty ? [self] : children.flatMap(\.leaves) }
}

/// 等级 from the total: 优 ≥ 90; 良 ≥ 80; 中 ≥ 60; 差 < 60.
public enum Grade: String, Codable, Sendable, CaseIterable {
    case excellent = "优"
    case good = "良"
    case fair = "中"
    case poor = "差"

    /// The grade of an (unrounded) total out of 100.
    public init(total: ExactDecimal) {
        if total >= 90 { self = .excellent } else if total >= 80 { self = .good } else if total >= 60 { self = .fair } else { self = .poor }
    }

    /// The grade of `score` out of `maximum` (a framework's total), counted as out of 100.
    public init(score: ExactDecimal, outOf maximum: ExactDecimal) {
        self.init(total: maximum == 100 ? score : ((score * 100).divided(by: maximum) ?? score))
    }

    /// Reads 优/优秀/良/良好/中/中等/合格/差/不合格.
    public init?(text: String) {
        switch text.trimmedSpaces {
        case "优", "优秀": self = .excellent
        case "良", "良好": self = .good
        case "中", "中等", "合格", "一般": self = .fair
        case "差", "较差", "不合格": self = .poor
        default: return nil
        }
    }
}
