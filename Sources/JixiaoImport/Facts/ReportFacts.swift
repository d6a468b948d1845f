import JixiaoCore

/// A fact read from a report, with where it was read.
public struct Fact<Value: Sendable & Hashable>: Sendable, Hashable {
    public var value: Value
    /// 1-based input line (paragraph for .docx).
    public var line: Int
    /// True when the tool computed the value rather than read it.
    public var derived: Bool

    public init(_ value: Value, line: Int, derived: Bool = false) {
        self.value = value
        self.line = line
        self.derived = derived
    }
}

/// An item score a report states (自评得 5 分), with its maximum when stated.
public struct ScoreItem: Sendable, Hashable {
    public var name: String
    public var score: ExactDecimal
    public var max: ExactDecimal?
    public var line: Int
    /// Index of the heading the item belongs to, if any.
    public var heading: Int?
    /// The text of the item's paragraph, for reasons.
    public var context: String
    /// Index of the paragraph it was read from.
    public var paragraph: Int
    /// True when read from a table's columns rather than from prose.
    public var fromTable = false
    /// A table row's leading cells up to its name (一级, 二级, 三级指标), so `ScoreTree` can
    /// tell a group's row (决策 | | | 20 | 18) from the items merged under it; nil outside a table.
    public var tablePath: [String]? = nil
}

/// A target as a report states it: 指标 N：名称 ≥ 值 单位，得 N 分.
public struct TargetStatement: Sendable, Hashable {
    public var name: String
    public var direction: Direction?
    public var value: ExactDecimal?
    public var unit: String?
    public var score: ExactDecimal?
    public var line: Int
    /// 实际完成值, 分值 and 偏差原因 when a table row gives them.
    public var actual: ExactDecimal? = nil
    public var max: ExactDecimal? = nil
    public var note: String? = nil
}

/// A percentage a report states, with the numerator and denominator the same sentence gives.
public struct RateStatement: Sendable, Hashable {
    public var name: String
    public var percent: ExactDecimal
    public var places: Int
    public var numerator: ExactDecimal?
    public var numeratorText: String?
    public var denominator: ExactDecimal?
    public var denominatorText: String?
    public var line: Int
    /// Index of the paragraph it was read from.
    public var paragraph: Int
}

/// A date written in the text, valid or not.
public struct DateMention: Sendable, Hashable {
    public var text: String
    public var date: CalendarDate
    public var line: Int
}

/// Everything Jixiao reads from one report (report-format.md §4).
public struct ReportFacts: Sendable {
    public var unitName: Fact<String>?
    public var fiscalYear: Fact<Int>?
    public var filedBy: Fact<String>?
    public var phone: Fact<String>?
    public var filedOn: Fact<String>?
    /// Amounts by figure id (incomeTotal, expenditureTotal, basicExpenditure, …), trusted value first.
    public var amounts: [String: [Fact<StatedAmount>]] = [:]
    public var staffAuthorized: Fact<Int>?
    public var staffActual: Fact<Int>?
    public var selfScore: Fact<ExactDecimal>?
    /// The grade the report states.
    public var statedGrade: Fact<Grade>?
    public var scores: [ScoreItem] = []
    public var targets: [TargetStatement] = []
    public var rates: [RateStatement] = []
    public var dates: [DateMention] = []
    /// True when the report has a cover block (填报人/联系电话/填报日期 fields).
    public var hasCover = false

    public init() {}

    /// The trusted amount of a figure.
    public func amount(_ id: String) -> Fact<StatedAmount>? { amounts[id]?.first }

    /// The grade: stated, else derived from the self-score.
    public var grade: Fact<Grade>? {
        if let statedGrade { return statedGrade }
        guard let selfScore else { return nil }
        return Fact(Grade(total: selfScore.value), line: selfScore.line, derived: true)
    }
}
