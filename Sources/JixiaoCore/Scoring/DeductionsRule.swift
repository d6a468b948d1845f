/// Start from the maximum and deduct a fixed number of points per breach, 扣完为止.
enum DeductionsRule {
    static func score(perBreach: ExactDecimal, _ leaf: LeafInput) -> RuleOutcome {
        guard let reported = leaf.input?.breaches else {
            return .missing("未填写发现的问题数（每处扣 " + DecimalText.points(perBreach) + " 分）",
                            field: leaf.field + ".breaches")
        }
        var findings: [Finding] = []
        if reported < 0 {
            findings.append(CheckCatalog.finding(
                "indicator.invalid", "“" + leaf.name + "”的问题数不能为负数（\(reported)）", field: leaf.field + ".breaches"))
        }
        let breaches = Swift.max(0, reported)
        let maxText = DecimalText.points(leaf.max)
        guard breaches > 0 else {
            var outcome = RuleOutcome.scored(leaf.max, "未发现问题，得满分 " + maxText + " 分")
            outcome.findings = findings
            return outcome
        }
        let deduction = ExactDecimal(breaches) * perBreach
        let score = leaf.max - deduction
        let text = "发现 \(breaches) 处问题 × " + DecimalText.points(perBreach) + " 分 = 扣 " + DecimalText.points(deduction) + " 分"
        var outcome = score <= .zero
            ? RuleOutcome.scored(.zero, text + "，扣完为止，得 0 分")
            : RuleOutcome.scored(score, text + "，得 " + DecimalText.points(score) + " 分")
        outcome.findings = findings
        return outcome
    }
}
