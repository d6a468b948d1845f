// The settings as an administrator's form gives them: a text per field, a message per field.
extension YearSettings {
    /// The form name of the treatment of `grade` (`rule.excellent`).
    public static func ruleField(_ grade: Grade) -> String { "rule.\(grade)" }

    /// The texts of the form's fields for these settings.
    public var formTexts: [String: String] {
        var texts = ThresholdsInput.texts(thresholds)
        for grade in Grade.allCases { texts[Self.ruleField(grade)] = resultRules.treatment(for: grade) }
        return texts
    }

    /// The settings of `year` from `form`, or a Chinese message per field name that cannot be taken.
    public static func parse(_ form: [String: String], year: Int) -> (YearSettings?, [String: String]) {
        let (thresholds, thresholdProblems) = ThresholdsInput.parse(form, fiscalYear: year)
        var problems = thresholdProblems
        var treatments: [Grade: String] = [:]
        for grade in Grade.allCases {
            let text = form[ruleField(grade)] ?? ""
            if let problem = ResultUseRules.problem(text, grade: grade) {
                problems[ruleField(grade)] = problem
            } else {
                treatments[grade] = text.trimmedSpaces
            }
        }
        guard problems.isEmpty, let thresholds else { return (nil, problems) }
        return (YearSettings(year: year, thresholds: thresholds, resultRules: ResultUseRules(treatments)), [:])
    }
}
