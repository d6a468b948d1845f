extension EvaluationDocument {
    /// The keys an evaluation file may use (figures and indicator ids are free).
    static let schema: KeySchema = .keys(
        [
            "id", "unit", "fiscalYear", "kind", "frameworkID", "status", "filing", "project", "figures", "targets",
            "indicators", "narrative", "statedTotal",
        ],
        [
            "unit": .keys(["name", "code", "region", "parentCode", "subordinateUnits"]),
            "filing": .keys(["filedBy", "phone", "filedOn"]),
            "project": .keys(["name", "department", "implementer", "overallGoal", "overallOutcome"]),
            "targets": .list(
                .keys([
                    "id", "levels", "name", "direction", "target", "unit", "actual", "maxScore", "outcome",
                    "deviationNote",
                ])),
            "indicators": .map(.keys(["selfScore", "checked", "breaches", "outcome", "note", "notApplicable"])),
            "narrative": .list(.keys(["key", "title", "text"])),
        ])
}
