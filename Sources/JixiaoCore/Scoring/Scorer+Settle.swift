extension Scorer {
    /// Clamps and rounds a rule's outcome, falls back to the self-score when it
    /// cannot be computed, and adds the findings every leaf gets.
    /// `note` is the 偏差原因 the unit gave (its index in `run.tree.noteTexts`, -1: none).
    /// Appends the leaf's record (its facts at `facts`, its value at `valueIndex`) to `run.tree`;
    /// `placed` is false when the caller moves it afterwards (targets).
    func settle(
        _ outcome: RuleOutcome, _ leaf: LeafInput, note: Int32, facts: Int32, valueIndex: Int32 = -1,
        placed: Bool = true, _ run: inout ScoringRun
    ) {
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
            run.findings.appendFigureMissing(leaf.info, reason: reason, field: outcome.missingField)
            if let selfScore = leaf.selfScore {
                unrounded = selfScore.clamped(to: .zero...leaf.max)
                explanation = ScoringMessages.fallback(reason, selfScore)
                if selfScore > leaf.max { explanation = ScoringMessages.capped(explanation, leaf.max) }
            } else {
                explanation = ScoringMessages.cannotCompute(reason)
            }
        }
        if let found = outcome.findingsIfAny { run.findings.append(contentsOf: found) }
        let score = unrounded?.rounded(places: 2)
        if let selfScore = leaf.selfScore {
            if selfScore > leaf.max {
                run.findings.appendOverMax(leaf.info, selfScore: selfScore)
            } else if !outcome.isSelfAssessed, outcome.score != nil, let score, selfScore > score {
                if placed {
                    // Explained from the record appended below, when read.
                    run.findings.appendUnsupported(
                        leaf.info, selfScore: selfScore, score: score,
                        record: Int32(run.tree.count))
                } else {
                    let message = FindingText.unsupported(
                        name: leaf.name, selfScore: selfScore, score: score,
                        explanation: explanation)
                    run.findings.append(ScoringFinding.unsupported(message, field: leaf.info.selfScoreField))
                }
            }
        }
        let note = run.tree.visibleNote(note)
        if note < 0 {
            if let score, score < leaf.max {
                run.findings.appendBelowMax(leaf.info, score: score)
            } else if let why = outcome.noteRequiredBecause {
                let name = leaf.name
                run.findings.append(
                    ScoringFinding.deviationMissing(
                        Explanation { ["“", .text(name), "”", .text(why.text)] },
                        field: leaf.info.noteField))
            }
        }
        if let unrounded, let score {
            run.unroundedSum += unrounded
            run.roundedSum += score
        }
        run.tree.append(
            ScoredRecord(
                facts: facts, score: score, selfScore: leaf.selfScore, valueIndex: valueIndex,
                end: Int32(run.tree.count + 1), note: note),
            explanation: explanation)
    }

    /// The commonest leaf: a self-score within [0, max] on a leaf scored by it
    /// alone (`CompiledIndicator.isEnteredScore`). Does what `settle` does with
    /// `ManualRule`'s outcome for it — nothing to clamp, nothing to compare — without
    /// building the leaf's input and outcome.
    func settleEntered(_ selfScore: ExactDecimal, note: Int32, _ node: CompiledIndicator, _ run: inout ScoringRun) {
        let score = selfScore.rounded(places: 2)
        let note = run.tree.visibleNote(note)
        if note < 0, score < node.max {
            run.findings.appendBelowMax(node.info, score: score)
        }
        run.unroundedSum += selfScore
        run.roundedSum += score
        run.tree.append(
            ScoredRecord(
                facts: node.factsIndex, score: score, selfScore: selfScore,
                end: Int32(run.tree.count + 1), explanation: .entered, note: note))
    }

    /// True when `text` has a character that is not whitespace. The first
    /// scalar decides most notes without walking their characters.
    static func hasText(_ text: String) -> Bool {
        guard let lead = text.utf8.first else { return false }
        // A visible ASCII character, or a lead byte of U+4000 and above (Chinese).
        if (0x21...0x7E).contains(lead) || lead >= 0xE4 { return true }
        guard let first = text.unicodeScalars.first else { return false }
        // No whitespace scalar lies above U+3000 or among visible ASCII.
        if first.value > 0x3000 || (0x21...0x7E).contains(first.value) || !first.properties.isWhitespace { return true }
        return text.contains { !$0.isWhitespace }
    }
}
