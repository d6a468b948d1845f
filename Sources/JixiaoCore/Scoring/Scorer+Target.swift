extension Scorer {
    /// Scores one declared target as a leaf: proportional on its target and actual
    /// values in its direction, or qualitative on the chosen outcome. `row` is its place in
    /// the evaluation's targets, which the findings' fields name.
    func scoreTarget(_ target: Target, row: Int, max: ExactDecimal, level: Int, _ run: inout ScoringRun) -> PendingRecord {
        let input = run.indicators[target.id]
        let kind = target.direction == .qualitative ? "qualitative" : "proportional"
        let facts = NodeFacts(id: target.id, name: target.name, level: level, max: max, ruleKind: kind)
        let factsIndex = run.tree.add(facts)
        // Taken back from the records: the heading places its targets' records itself.
        if input?.notApplicable == true {
            run.exclude(facts, at: factsIndex)
            return run.tree.removeLast()
        }
        let style = ValueStyle.figure(unit: target.unit ?? "")
        let info = LeafInfo(
            id: target.id, name: target.name, max: max, field: "indicators." + target.id,
            noteField: FieldPath.target(row, .deviationNote).text, style: style, ruleKind: kind)
        // The leaf input does not keep `info` alive.
        withExtendedLifetime(info) {
            let leaf = LeafInput(info: info, input: input)
            let outcome: RuleOutcome
            if target.direction == .qualitative {
                outcome = QualitativeRule.score(
                    outcome: target.outcome ?? input?.outcome, selfScore: input?.selfScore,
                    leaf, outcomeField: FieldPath.target(row, .actual).text)
            } else if let actual = target.actualValue, let goal = target.targetValue {
                let measure = ProportionalRule.Measure(
                    actual: actual, target: goal, direction: target.direction,
                    inverse: run.parameters.inverseFormula, parameters: run.parameters)
                let lead = Explanation.Part.group([.text(target.name), " 实际完成值 ", style.part(actual)])
                outcome = ProportionalRule.score(measure, max: max, lead: lead, style: style)
            } else {
                outcome =
                    target.targetValue == nil
                    ? .missing(ScoringMessages.noTargetValue, field: FieldPath.target(row, .target).text)
                    : .missing(ScoringMessages.noActualValue, field: FieldPath.target(row, .actual).text)
            }
            let note = (target.deviationNote ?? input?.note).map { run.tree.addNote($0) } ?? -1
            settle(outcome, leaf, note: note, facts: factsIndex, placed: false, &run)
        }
        return run.tree.removeLast()
    }
}
