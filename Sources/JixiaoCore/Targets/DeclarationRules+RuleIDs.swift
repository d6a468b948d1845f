extension DeclarationRules {
    /// The rule ids of cycle.md §1, the ones whose severity a province may set
    /// (`jixiao targets --severities FILE`).
    public static let ruleIDs: [String] = [
        "targets.required", "targets.placeholder", "targets.duplicate", "targets.weights", "targets.dimensions",
        "targets.funds", "targets.period", "target.direction", "targets.percent-range", "target.unquantified",
        "targets.regression", "targets.core-missing",
    ]
}
