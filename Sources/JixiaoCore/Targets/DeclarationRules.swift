/// The thresholds and word lists of the declaration checks (cycle.md §1). They are data:
/// provinces differ, so a fiscal year or a framework may carry its own.
public struct DeclarationRules: Sendable, Hashable {
    /// Totals the 分值 of the rows may add up to: 100, or 90 when the 10 points of
    /// 预算执行率 stand apart (财预〔2020〕10号).
    public var weightTotals: [ExactDecimal]
    /// Target texts that stand for a value not yet filled in (compared case-insensitively,
    /// full-width folded); a text made only of `placeholderMarks` is one too.
    public var placeholders: [String]
    /// Characters that, repeated, make a placeholder (`**`, `——`, `//`).
    public var placeholderMarks: String
    /// The highest target of a row in %.
    public var percentCeiling: ExactDecimal
    /// Second-level names (by the word they contain) whose rows must be quantified.
    public var quantitativeLevels: [String]
    /// The second level whose rows carry dates (`targets.period`).
    public var timeLevel: String
    /// Words of a first or second level that mark a cost row: a lower bound on it is a `target.direction` finding.
    public var costLevels: [String]
    /// The three dimensions a declaration must cover, by a word of the first (or second) level.
    public var dimensions: [Dimension]
    /// Severities that differ from the catalogue's, by rule id.
    public var severities: [String: Severity]

    public init(
        weightTotals: [ExactDecimal] = [100, 90],
        placeholders: [String] = ["待定", "待填", "待补充", "xx", "xxx", "××", "略", "n/a"],
        placeholderMarks: String = "*_-/—–－／＿＊·.。xX×",
        percentCeiling: ExactDecimal = 100,
        quantitativeLevels: [String] = ["数量", "质量", "时效", "成本"],
        timeLevel: String = "时效",
        costLevels: [String] = ["成本"],
        dimensions: [Dimension] = [
            .init(word: "产出", label: "产出指标"), .init(word: "效益", label: "效益指标"),
            .init(word: "满意度", label: "满意度指标"),
        ],
        severities: [String: Severity] = [:]
    ) {
        self.weightTotals = weightTotals
        self.placeholders = placeholders
        self.placeholderMarks = placeholderMarks
        self.percentCeiling = percentCeiling
        self.quantitativeLevels = quantitativeLevels
        self.timeLevel = timeLevel
        self.costLevels = costLevels
        self.dimensions = dimensions
        self.severities = severities
    }

    /// The rules of cycle.md §1 as published.
    public static let standard = DeclarationRules()

    /// True when `text` (a target as written) is a placeholder or empty.
    public func isPlaceholder(_ text: String) -> Bool {
        let folded = HalfWidth.fold(text).trimmedSpaces.lowercased()
        if folded.isEmpty { return true }
        if placeholders.contains(where: { HalfWidth.fold($0).lowercased() == folded }) { return true }
        let marks = Set(HalfWidth.fold(placeholderMarks))
        return folded.allSatisfy { marks.contains($0) || $0 == "x" }
    }

    /// A dimension of the indicator table: the word its level names contain, and its label in messages.
    public struct Dimension: Sendable, Hashable {
        public var word: String
        public var label: String

        public init(word: String, label: String) {
            self.word = word
            self.label = label
        }
    }
}
