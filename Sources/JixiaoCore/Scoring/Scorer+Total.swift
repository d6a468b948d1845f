extension Scorer {
    /// The total (rescaled when indicators were excluded), the grade and the explanation.
    func finish(_ nodes: [ScoredNode], _ run: ScoringRun) -> ScoreResult {
        let fullTotal = framework.total
        var total = run.roundedSum
        var unrounded = run.unroundedSum
        var explanation = "总分 = 各指标得分之和 " + DecimalText.points(run.roundedSum) + " 分"
        if !run.excluded.isEmpty {
            let applicable = fullTotal - run.excludedMax
            explanation = "不适用指标 " + run.excludedNames.joined(separator: "、") + "已剔除，适用指标分值合计 "
                + DecimalText.points(applicable) + " 分，得分 " + DecimalText.points(run.roundedSum) + " 分"
            if applicable > .zero,
               let shown = (run.roundedSum * fullTotal).divided(by: applicable),
               let exact = (run.unroundedSum * fullTotal).divided(by: applicable) {
                total = shown.rounded(places: 2)
                unrounded = exact
                explanation += "，折算为 " + DecimalText.points(run.roundedSum) + " ÷ " + DecimalText.points(applicable)
                    + " × " + DecimalText.points(fullTotal) + " = " + DecimalText.points(total) + " 分"
            } else {
                total = .zero
                unrounded = .zero
                explanation += "，没有适用的指标，总分为 0"
            }
        }
        // Grades are defined out of 100.
        let gradedOn = fullTotal == 100 ? unrounded : ((unrounded * 100).divided(by: fullTotal) ?? unrounded)
        let grade = Grade(total: gradedOn)
        explanation += "，等级“" + grade.rawValue + "”"
        let shownGrade = Grade(total: fullTotal == 100 ? total : ((total * 100).divided(by: fullTotal) ?? total))
        if shownGrade != grade {
            explanation += "（按未取整的总分 " + unrounded.description + " 分评定）"
        }
        var result = ScoreResult(frameworkID: framework.id, total: total, unroundedTotal: unrounded,
                                 maxTotal: fullTotal, grade: grade, excluded: run.excluded, nodes: nodes,
                                 computed: run.computed, findings: run.findings)
        result.explanation = explanation
        return result
    }
}
