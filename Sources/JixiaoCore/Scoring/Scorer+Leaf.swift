extension Scorer {
    /// Scores a framework leaf: its value formula, then its rule, then the common checks.
    func scoreLeaf(_ node: CompiledIndicator, level: Int, _ run: inout ScoringRun) -> ScoredNode {
        let input = node.leafIndex >= 0 ? run.inputs[node.leafIndex] : nil
        if input?.notApplicable == true {
            return run.exclude(id: node.id, name: node.name, level: level, max: node.max, ruleKind: node.ruleKind)
        }
        let figures = run.evaluation.figures
        var value: Computation?
        var lead = Explanation.Part.text(node.name)
        var computed: ComputedValue?
        var missingFigureField: String?
        switch node.value {
        case .parsed(let expression)?:
            let explained = expression.explainWithResult(figures, name: node.name)
            value = explained.result
            computed = explained.value
            run.computed.append(explained.value)
            if let number = explained.result.decimal {
                lead = .formula(FormulaText(name: node.name, expression: expression, figures: figures, value: number,
                                            isRate: node.style.isRate))
            } else if let missing = expression.figureIDs.first(where: { figures.values[$0] == nil }) {
                missingFigureField = "figures." + missing
            }
        case .invalid(let message)?:
            value = .notComputable(message)
        case nil:
            break
        }
        let leaf = LeafInput(name: node.name, max: node.max, field: node.field, input: input, value: value,
                             lead: lead, missingFigureField: missingFigureField, style: node.style)
        let outcome = applyRule(node, leaf, figures, run.parameters)
        let facts = LeafFacts(leaf: leaf, id: node.id, level: level, note: input?.note,
                              noteField: node.noteField, value: computed, ruleKind: node.ruleKind)
        return settle(outcome, facts, &run)
    }

    private func applyRule(_ node: CompiledIndicator, _ leaf: LeafInput, _ figures: Figures,
                           _ parameters: FrameworkParameters) -> RuleOutcome {
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
            let measure = ProportionalRule.Measure(actual: actual, target: target, direction: direction,
                                                   inverse: inverse ?? parameters.inverseFormula, parameters: parameters)
            return ProportionalRule.score(measure, max: leaf.max, lead: leaf.lead, style: leaf.style)
        case .thresholdStep(let standard, let side, let deduct, let per, let partialSteps)?:
            return ThresholdStepRule.score(.init(standard: standard, side: side, deduct: deduct, per: per,
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
        QualitativeRule.score(outcome: leaf.input?.outcome, selfScore: leaf.input?.selfScore, leaf,
                              outcomeField: leaf.field + ".outcome")
    }
}
