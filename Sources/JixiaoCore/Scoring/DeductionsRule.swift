/// Start from the maximum and deduct a fixed number of points per breach, 扣完为止.
enum DeductionsRule {
    static func score(perBreach: ExactDecimal, _ leaf: LeafInput) -> RuleOutcome {
        guard let reported = leaf.breaches else {
            let missing = leaf.info.missingInput ?? missingInput(perBreach: perBreach, field: leaf.field)
            return .missing(missing.reason, field: missing.field)
        }
        var findings: [Finding] = []
        if reported < 0 {
            findings.append(
                ScoringFinding.invalid(
                    ScoringMessages.negativeBreaches(leaf.name, reported),
                    field: leaf.field + ".breaches"))
        }
        let breaches = Swift.max(0, reported)
        var outcome: RuleOutcome
        if breaches == 0 {
            outcome = .scored(leaf.max, Explanation("未发现问题，得满分 ", .points(leaf.max), " 分"))
        } else {
            let deduction = ExactDecimal(breaches) * perBreach
            let score = leaf.max - deduction
            let stated: [Explanation.Part] = [
                "发现 ", .figure(ExactDecimal(breaches), unit: ""), " 处问题 × ",
                .points(perBreach), " 分 = 扣 ", .points(deduction),
            ]
            outcome =
                score <= .zero
                ? .scored(.zero, Explanation(parts: stated + [" 分，扣完为止，得 0 分"]))
                : .scored(score, Explanation(parts: stated + [" 分，得 ", .points(score), " 分"]))
        }
        outcome.findings = findings
        return outcome
    }

    /// Why a leaf of this rule cannot be scored without a breach count, and where the count goes.
    static func missingInput(perBreach: ExactDecimal, field: String) -> (reason: String, field: String) {
        ("未填写发现的问题数（每处扣 " + NumberFormat.points(perBreach) + " 分）", field + ".breaches")
    }
}
