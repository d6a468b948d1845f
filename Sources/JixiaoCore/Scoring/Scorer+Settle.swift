/// What the common end of leaf scoring needs to know about the leaf.
struct LeafFacts {
    let id: String
    let level: Int
    let note: String?
    /// Where the 偏差原因 goes (`indicators.<id>.note`, `targets.<id>.deviationNote`).
    let noteField: String
    let value: ComputedValue?
    let ruleKind: String?
}

extension Scorer {
    /// Clamps and rounds a rule's outcome, falls back to the self-score when it
    /// cannot be computed, and adds the findings every leaf gets.
    func settle(_ outcome: RuleOutcome, _ leaf: LeafInput, _ facts: LeafFacts, _ run: inout ScoringRun) -> ScoredNode {
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
            run.findings.append(ScoringFinding.figureMissing(.figureMissing(name: leaf.name, reason: reason),
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
                let message = FindingText.overMax(name: leaf.name, selfScore: selfScore, max: leaf.max)
                run.findings.append(ScoringFinding.overMax(message, field: leaf.field + ".selfScore"))
            } else if !outcome.isSelfAssessed, outcome.score != nil, let score, selfScore > score {
                let message = FindingText.unsupported(name: leaf.name, selfScore: selfScore, score: score,
                                                      explanation: explanation)
                run.findings.append(ScoringFinding.unsupported(message, field: leaf.field + ".selfScore"))
            }
        }
        let note = facts.note.flatMap { text in Self.hasText(text) ? text : nil }
        if note == nil {
            if let score, score < leaf.max {
                let message = FindingText.belowMax(name: leaf.name, score: score, max: leaf.max)
                run.findings.append(ScoringFinding.deviationMissing(message, field: facts.noteField))
            } else if let why = outcome.noteRequiredBecause {
                run.findings.append(ScoringFinding.deviationMissing(concat("“", leaf.name, "”", why), field: facts.noteField))
            }
        }
        if let unrounded, let score {
            run.unroundedSum += unrounded
            run.roundedSum += score
        }
        return ScoredNode(id: facts.id, name: leaf.name, level: facts.level, max: leaf.max, score: score,
                          selfScore: leaf.selfScore, value: facts.value, explanationParts: explanation,
                          ruleKind: facts.ruleKind, deviationNote: note)
    }

    /// True when `text` has a character that is not whitespace. The first
    /// scalar decides most notes without walking their characters.
    static func hasText(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first else { return false }
        if !first.properties.isWhitespace { return true }
        return text.contains { !$0.isWhitespace }
    }
}
