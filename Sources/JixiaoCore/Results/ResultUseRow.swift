/// One unit's line of the use of results (结果应用) for a year: its department-wide
/// self-evaluation, its latest monitoring round's lights, its open rectifications and the
/// budget treatment the year's rules suggest.
public struct ResultUseRow: Sendable, Hashable {
    public var unitCode: String
    public var unitName: String
    /// The department-wide evaluation's status; nil when the unit has none this year.
    public var status: EvaluationStatus?
    /// The grade and score that count: set once the evaluation is submitted (not a draft or returned).
    public var grade: Grade?
    public var score: ExactDecimal?
    /// The latest submitted round's lights; nil when there is none.
    public var lights: RoundLights?
    /// Rectifications not closed yet.
    public var openRectifications: Int
    public var suggestion: ResultSuggestion

    /// The statuses whose grade counts (the unit has handed the evaluation in).
    public static let gradedStatuses: Set<EvaluationStatus> = [.submitted, .approved, .accepted, .published]
}

/// A department-wide self-evaluation as the use of results needs it (read in one query).
public struct ResultUseEvaluation: Sendable, Hashable {
    public var unitCode: String
    public var status: EvaluationStatus
    public var total: ExactDecimal?
    public var grade: Grade?

    public init(unitCode: String, status: EvaluationStatus, total: ExactDecimal?, grade: Grade?) {
        self.unitCode = unitCode
        self.status = status
        self.total = total
        self.grade = grade
    }
}
