extension Scorer {
    /// Scores one declared target as a leaf: proportional on its target and actual
    /// values in its direction, or qualitative on the chosen outcome.
    func scoreTarget(_ target: Target, max: ExactDecimal, level: Int, _ run: inout ScoringRun) -> ScoredNode {
        let input = run.evaluation.indicators[target.id]
        let kind = target.direction == .qualitative ? "qualitative" : "proportional"
        if input?.notApplicable == true {
            return run.exclude(id: target.id, name: target.name, level: level, max: max, ruleKind: kind)
        }
        let field = "targets." + target.id
        let inputField = "indicators." + target.id
        let style = ValueStyle.figure(unit: target.unit ?? "")
        let leaf = LeafInput(name: target.name, max: max, field: inputField, input: input, value: nil,
                             lead: .text(target.name), missingFigureField: nil, style: style)
        let outcome: RuleOutcome
        if target.direction == .qualitative {
            outcome = QualitativeRule.score(outcome: target.outcome ?? input?.outcome, selfScore: input?.selfScore,
                                            leaf, outcomeField: field + ".outcome")
        } else if let actual = target.actualValue, let goal = target.targetValue {
            let measure = ProportionalRule.Measure(actual: actual, target: goal, direction: target.direction,
                                                   inverse: run.parameters.inverseFormula, parameters: run.parameters)
            let lead = Explanation.Part.group([.text(target.name), " 实际完成值 ", style.part(actual)])
            outcome = ProportionalRule.score(measure, max: max, lead: lead, style: style)
        } else {
            outcome = target.targetValue == nil
                ? .missing(ScoringMessages.noTargetValue, field: field + ".targetValue")
                : .missing(ScoringMessages.noActualValue, field: field + ".actualValue")
        }
        let facts = LeafFacts(leaf: leaf, id: target.id, level: level, note: target.deviationNote ?? input?.note,
                              noteField: field + ".deviationNote", value: nil, ruleKind: kind)
        return settle(outcome, facts, &run)
    }
}
