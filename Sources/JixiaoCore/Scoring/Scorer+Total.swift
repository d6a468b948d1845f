extension Scorer {
    /// `sum` of the applicable indicators counted out of the framework's `full` total; nil when
    /// nothing applies. The scorer's total and the reviewer's (`ReviewTotal`) rescale alike.
    static func rescaled(_ sum: ExactDecimal, full: ExactDecimal, applicable: ExactDecimal) -> ExactDecimal? {
        applicable > .zero ? (sum * full).divided(by: applicable) : nil
    }

    /// The total (rescaled when indicators were excluded), the grade and the explanation,
    /// with the run's records as they are.
    func finish(_ run: consuming ScoringRun) -> RecordedScore {
        let fullTotal = framework.total
        let roundedSum = run.roundedSum
        var total = roundedSum
        var unrounded = run.unroundedSum
        let applicable = fullTotal - run.excludedMax
        let rescaled = !run.excluded.isEmpty
        var applicableLeft = false
        if rescaled {
            if let shown = Self.rescaled(roundedSum, full: fullTotal, applicable: applicable),
                let exact = Self.rescaled(run.unroundedSum, full: fullTotal, applicable: applicable)
            {
                total = shown.rounded(places: 2)
                unrounded = exact
                applicableLeft = true
            } else {
                total = .zero
                unrounded = .zero
            }
        }
        // Grades are defined out of 100.
        let grade = Grade(score: unrounded, outOf: fullTotal)
        let gradedUnrounded = Grade(score: total, outOf: fullTotal) != grade
        // Moved out of the run (swapped with empty values): copied, they were
        // retained here and released when the run was freed.
        var tree = ScoredRecords(facts: [], notes: [], capacity: 0), computed = ComputedList(table: [], capacity: 0)
        var findings = FindingList()
        swap(&tree, &run.tree)
        swap(&computed, &run.computed)
        swap(&findings, &run.findings)
        var result = RecordedScore(
            totals: ScoreTotals(
                total: total, unroundedTotal: unrounded, maxTotal: fullTotal,
                grade: grade),
            excluded: run.excluded, records: tree, computed: computed, findings: findings)
        // Written when read, like every explanation of the result.
        guard rescaled else {
            result.summary = Explanation(
                storage: .total(
                    sum: roundedSum, grade: grade,
                    unrounded: gradedUnrounded ? unrounded : nil))
            return result
        }
        let excludedLeaves = run.excludedLeaves
        result.summary = Explanation { [applicableLeft, total, unrounded] in
            var parts: [Explanation.Part] = ["不适用指标 "]
            for (index, leaf) in excludedLeaves.enumerated() {
                parts += [index == 0 ? "" : "、", .text(leaf.name), "（", .points(leaf.max), " 分）"]
            }
            parts += ["已剔除，适用指标分值合计 ", .points(applicable), " 分，得分 ", .points(roundedSum), " 分"]
            if applicableLeft {
                parts += [
                    "，折算为 ", .points(roundedSum), " ÷ ", .points(applicable), " × ", .points(fullTotal),
                    " = ", .points(total), " 分",
                ]
            } else {
                parts.append("，没有适用的指标，总分为 0")
            }
            return parts + Self.gradeParts(grade, unrounded: gradedUnrounded ? unrounded : nil)
        }
        return result
    }

    /// `，等级“优”`, and `（按未取整的总分 89.996 分评定）` when the grade came from the unrounded total.
    static func gradeParts(_ grade: Grade, unrounded: ExactDecimal?) -> [Explanation.Part] {
        var parts: [Explanation.Part] = ["，等级“", .text(grade.rawValue), "”"]
        if let unrounded { parts += ["（按未取整的总分 ", .text(unrounded.description), " 分评定）"] }
        return parts
    }
}
