/// What the common end of leaf scoring needs to know about the leaf.
struct LeafFacts {
    let leaf: LeafInput
    let id: String
    let level: Int
    let note: String?
    /// Where the 偏差原因 goes (`indicators.<id>.note`, `targets.<id>.deviationNote`).
    let noteField: String
    let value: ComputedValue?
    let ruleKind: String?

    var name: String { leaf.name }
    var max: ExactDecimal { leaf.max }
    var field: String { leaf.field }
    var selfScore: ExactDecimal? { leaf.input?.selfScore }
}

extension Scorer {
    /// Clamps and rounds a rule's outcome, falls back to the self-score when it
    /// cannot be computed, and adds the findings every leaf gets.
    func settle(_ outcome: RuleOutcome, _ leaf: LeafFacts, _ run: inout ScoringRun) -> ScoredNode {
        var explanation = outcome.explanation
        var unrounded: ExactDecimal?
        if let raw = outcome.score {
            if raw > leaf.max {
                unrounded = leaf.max
                explanation = ScoringMessages.capped(explanation, leaf.max)
            } else if raw < .zero {
                unrounded = .zero
                explanation = ScoringMessages.floored(explanation)
            } else {
                unrounded = raw
            }
        } else {
            let reason = outcome.reason ?? ""
            run.findings.append(CheckCatalog.finding(
                "figure.missing", ScoringMessages.figureMissing(leaf.name, reason),
                field: outcome.missingField ?? leaf.field))
            if let selfScore = leaf.selfScore {
                unrounded = selfScore.clamped(to: .zero...leaf.max)
                explanation = ScoringMessages.fallback(reason, selfScore)
                if selfScore > leaf.max { explanation = ScoringMessages.capped(explanation, leaf.max) }
            } else {
                explanation = ScoringMessages.cannotCompute(reason)
            }
        }
        run.findings.append(contentsOf: outcome.findings)
        let score = unrounded?.rounded(places: 2)
        if let selfScore = leaf.selfScore {
            if selfScore > leaf.max {
                run.findings.append(CheckCatalog.finding(
                    "score.over-max", ScoringMessages.overMax(leaf.name, DecimalText.points(selfScore),
                                                              DecimalText.points(leaf.max)),
                    field: leaf.field + ".selfScore"))
            } else if !outcome.isSelfAssessed, outcome.score != nil, let score, selfScore > score {
                run.findings.append(CheckCatalog.finding(
                    "score.unsupported", ScoringMessages.unsupported(leaf.name, DecimalText.points(selfScore),
                                                                     DecimalText.points(score), explanation.text),
                    field: leaf.field + ".selfScore"))
            }
        }
        let note = leaf.note.flatMap { text in text.contains { !$0.isWhitespace } ? text : nil }
        if note == nil {
            if let score, score < leaf.max {
                run.findings.append(CheckCatalog.finding(
                    "deviation.missing", ScoringMessages.belowMaxWithoutNote(leaf.name, DecimalText.points(score),
                                                                             DecimalText.points(leaf.max)),
                    field: leaf.noteField))
            } else if let why = outcome.noteRequiredBecause {
                run.findings.append(CheckCatalog.finding(
                    "deviation.missing", "“" + leaf.name + "”" + why, field: leaf.noteField))
            }
        }
        if let unrounded, let score {
            run.unroundedSum += unrounded
            run.roundedSum += score
        }
        return ScoredNode(id: leaf.id, name: leaf.name, level: leaf.level, max: leaf.max, score: score,
                          selfScore: leaf.selfScore, value: leaf.value, explanationParts: explanation,
                          ruleKind: leaf.ruleKind, deviationNote: note)
    }
}
