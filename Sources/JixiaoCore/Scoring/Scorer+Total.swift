extension Scorer {
    /// The total (rescaled when indicators were excluded), the grade and the explanation.
    func finish(_ run: consuming ScoringRun) -> ScoreResult {
        let fullTotal = framework.total
        var total = run.roundedSum
        var unrounded = run.unroundedSum
        var parts: [Explanation.Part] = []
        if run.excluded.isEmpty {
            parts = ["总分 = 各指标得分之和 ", .points(run.roundedSum), " 分"]
        } else {
            let applicable = fullTotal - run.excludedMax
            parts = ["不适用指标 "]
            for (index, leaf) in run.excludedLeaves.enumerated() {
                parts += [index == 0 ? "" : "、", .text(leaf.name), "（", .points(leaf.max), " 分）"]
            }
            parts += ["已剔除，适用指标分值合计 ", .points(applicable), " 分，得分 ", .points(run.roundedSum), " 分"]
            if applicable > .zero,
               let shown = (run.roundedSum * fullTotal).divided(by: applicable),
               let exact = (run.unroundedSum * fullTotal).divided(by: applicable) {
                total = shown.rounded(places: 2)
                unrounded = exact
                parts += ["，折算为 ", .points(run.roundedSum), " ÷ ", .points(applicable), " × ", .points(fullTotal),
                          " = ", .points(total), " 分"]
            } else {
                total = .zero
                unrounded = .zero
                parts.append("，没有适用的指标，总分为 0")
            }
        }
        // Grades are defined out of 100.
        let grade = Grade(total: Self.outOfHundred(unrounded, fullTotal))
        parts += ["，等级“", .text(grade.rawValue), "”"]
        if Grade(total: Self.outOfHundred(total, fullTotal)) != grade {
            parts += ["（按未取整的总分 ", .text(unrounded.description), " 分评定）"]
        }
        var result = ScoreResult(frameworkID: framework.id, total: total, unroundedTotal: unrounded,
                                 maxTotal: fullTotal, grade: grade, excluded: run.excluded, nodes: [],
                                 computed: run.computed, findings: run.findings)
        result.tree = .records(run.tree, computed: run.computed)
        result.summary = Explanation(parts: parts)
        return result
    }

    private static func outOfHundred(_ score: ExactDecimal, _ total: ExactDecimal) -> ExactDecimal {
        total == 100 ? score : ((score * 100).divided(by: total) ?? score)
    }
}
