/// A score entered by the evaluator (≤ max), justified when below the maximum.
/// The cap at the maximum and the justification check are the scorer's, as for every rule.
enum ManualRule {
    static func score(_ leaf: LeafInput) -> RuleOutcome {
        guard let selfScore = leaf.selfScore else {
            return .missing(ScoringMessages.notEntered, field: leaf.info.selfScoreField)
        }
        var outcome = RuleOutcome.scored(selfScore, Explanation(storage: .entered(selfScore)))
        outcome.isSelfAssessed = true
        return outcome
    }
}
