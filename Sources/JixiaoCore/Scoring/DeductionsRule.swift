/// Start from the maximum and deduct a fixed number of points per breach, 扣完为止.
enum DeductionsRule {
    static func score(perBreach: ExactDecimal, _ leaf: LeafInput) -> RuleOutcome {
        guard let reported = leaf.breaches else {
            return .missing("未填写发现的问题数（每处扣 " + DecimalText.points(perBreach) + " 分）",
                            field: leaf.field + ".breaches")
        }
        var findings: [Finding] = []
        if reported < 0 {
            findings.append(ScoringFinding.invalid(ScoringMessages.negativeBreaches(leaf.name, reported),
                                                   field: leaf.field + ".breaches"))
        }
        let breaches = Swift.max(0, reported)
        var outcome: RuleOutcome
        if breaches == 0 {
            outcome = .scored(leaf.max, Explanation("未发现问题，得满分 ", .points(leaf.max), " 分"))
        } else {
            let deduction = ExactDecimal(breaches) * perBreach
            let score = leaf.max - deduction
            let stated: [Explanation.Part] = ["发现 ", .figure(ExactDecimal(breaches), unit: ""), " 处问题 × ",
                                              .points(perBreach), " 分 = 扣 ", .points(deduction)]
            outcome = score <= .zero
                ? .scored(.zero, Explanation(parts: stated + [" 分，扣完为止，得 0 分"]))
                : .scored(score, Explanation(parts: stated + [" 分，得 ", .points(score), " 分"]))
        }
        outcome.findings = findings
        return outcome
    }
}
