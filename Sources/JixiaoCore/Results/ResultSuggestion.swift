/// The budget treatment suggested for one unit's year by the year's `ResultUseRules`, with
/// its reason in words (「自评等级 良 → 按需保障」).
public struct ResultSuggestion: Sendable, Hashable {
    /// The treatment, nil when there is no grade to go by.
    public var treatment: String?
    public var reason: String

    /// The suggestion for `grade` (nil: the unit has no submitted self-evaluation).
    public init(grade: Grade?, rules: ResultUseRules) {
        guard let grade else {
            treatment = nil
            reason = ResultUseText.noGrade
            return
        }
        let text = rules.treatment(for: grade)
        treatment = text
        reason = ResultUseText.byGrade(grade, text)
    }
}
