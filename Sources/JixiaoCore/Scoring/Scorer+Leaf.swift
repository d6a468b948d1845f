extension Scorer {
    /// Scores a framework leaf: its value formula, then its rule, then the common checks.
    func scoreLeaf(_ node: CompiledIndicator, _ run: inout ScoringRun) {
        let index = node.leafIndex
        let entry = run.inputs.entries[index]
        if entry.notApplicable == true { return run.exclude(node.facts, at: node.factsIndex) }
        if node.isEnteredScore, let selfScore = entry.selfScore, selfScore >= .zero, selfScore <= node.max {
            return settleEntered(selfScore, note: entry.note, node, &run)
        }
        var value = LeafValue.noFormula
        var formula: FormulaText?
        var valueIndex: Int32 = -1
        var missingFigureField: String?
        switch node.value {
        case .parsed(let plan)?:
            let result = plan.expression.root.evaluate(plan.values(run.figureValues))
            value = .computed(result)
            valueIndex = Int32(run.computed.count)
            run.computed.append(plan, result)
            if let number = result.decimal {
                formula = FormulaText(
                    plan: plan, table: run.figureValues, value: number,
                    isRate: node.info.style.isRate)
            } else {
                missingFigureField = plan.missingField(run.figureValues, run.figures)
            }
        case .invalid(let message)?:
            value = .computed(.notComputable(message))
        case nil:
            break
        }
        let leaf = LeafInput(
            info: node.info, selfScore: entry.selfScore, outcome: entry.outcome, breaches: run.inputs.breaches(entry),
            checked: run.inputs.checked(entry), value: value, formula: formula,
            missingFigureField: missingFigureField)
        let outcome = applyRule(node, leaf, run.figureValues, run.parameters)
        settle(outcome, leaf, note: entry.note, facts: node.factsIndex, valueIndex: valueIndex, &run)
    }

    private func applyRule(
        _ node: CompiledIndicator, _ leaf: LeafInput, _ figures: [ExactDecimal?],
        _ parameters: FrameworkParameters
    ) -> RuleOutcome {
        switch node.rule {
        case .proportional(let direction, _, let inverse)?:
            if direction == .qualitative { return qualitative(leaf) }
            let actual: ExactDecimal
            switch leaf.requireValue() {
            case .success(let number): actual = number
            case .failure(let error): return error.outcome
            }
            let target: ExactDecimal
            switch node.target?.evaluate(figures) {
            case .value(let number)?: target = number
            case .notComputable(let reason)?: return .missing(reason, field: nil)
            case .bool?: return .missing(ScoringMessages.targetNotANumber, field: nil)
            case nil: return .missing(ScoringMessages.noTarget, field: nil)
            }
            let measure = ProportionalRule.Measure(
                actual: actual, target: target, direction: direction,
                inverse: inverse ?? parameters.inverseFormula, parameters: parameters)
            return ProportionalRule.score(measure, max: leaf.max, lead: leaf.lead, style: leaf.style)
        case .thresholdStep(let standard, let side, let deduct, let per, let partialSteps)?:
            return ThresholdStepRule.score(
                .init(
                    standard: standard, side: side, deduct: deduct, per: per,
                    partialSteps: partialSteps), leaf)
        case .bands(let bands)?:
            return BandsRule.score(bands, leaf)
        case .checklist(let items)?:
            return ChecklistRule.score(items, leaf)
        case .deductions(let perBreach)?:
            return DeductionsRule.score(perBreach: perBreach, leaf)
        case .qualitative?:
            return qualitative(leaf)
        case .manual?, nil:
            return ManualRule.score(leaf)
        }
    }

    private func qualitative(_ leaf: LeafInput) -> RuleOutcome {
        QualitativeRule.score(
            outcome: leaf.outcome, selfScore: leaf.selfScore, leaf,
            outcomeField: leaf.info.outcomeField)
    }
}
