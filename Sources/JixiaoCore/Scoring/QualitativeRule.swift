/// 定性: the evaluator picks an outcome and a score within its band, which is validated:
/// 达成 [80%, 100%], 部分达成 [60%, 80%), 未达成 [0, 60%) of the maximum.
enum QualitativeRule {
    /// The band of `outcome` as fractions of the maximum, and whether its upper end is included.
    static func band(_ outcome: QualitativeOutcome) -> (lower: ExactDecimal, upper: ExactDecimal, upperIncluded: Bool) {
        let sixty = ExactDecimal(units: 600_000_000), eighty = ExactDecimal(units: 800_000_000)
        switch outcome {
        case .achieved: return (eighty, .one, true)
        case .partlyAchieved: return (sixty, eighty, false)
        case .notAchieved: return (.zero, sixty, false)
        }
    }

    /// The outcome whose band holds `score` out of `max`.
    static func outcome(for score: ExactDecimal, max: ExactDecimal) -> QualitativeOutcome {
        let share = max > .zero ? (score.divided(by: max) ?? .zero) : .one
        if share >= band(.achieved).lower { return .achieved }
        return share >= band(.partlyAchieved).lower ? .partlyAchieved : .notAchieved
    }

    /// Scores from `outcome` (nil when not chosen) and the unit's `selfScore`.
    static func score(
        outcome: QualitativeOutcome?, selfScore: ExactDecimal?, _ leaf: LeafInput,
        outcomeField: String
    ) -> RuleOutcome {
        guard let selfScore else {
            if let outcome {
                return .missing(
                    "已选“" + outcome.label + "”，未录入 " + describe(outcome, max: leaf.max)
                        + "内的得分", field: leaf.info.selfScoreField)
            }
            return .missing("未选择评价结果，也未录入得分", field: outcomeField)
        }
        guard let outcome else {
            let inferred = Self.outcome(for: selfScore, max: leaf.max)
            let max = leaf.max
            var result = RuleOutcome.scored(
                selfScore,
                Explanation {
                    ["未选择评价结果，按自评 ", .points(selfScore), " 分归入“", .text(inferred.label), "”（"]
                        + bandParts(inferred, max: max) + ["）"]
                })
            result.isSelfAssessed = true
            return result
        }
        let inBand = contains(outcome, selfScore, max: leaf.max)
        let max = leaf.max
        var result = RuleOutcome.scored(
            selfScore,
            Explanation {
                ["评价结果“", .text(outcome.label), "”（"] + bandParts(outcome, max: max)
                    + ["），自评 ", .points(selfScore), inBand ? " 分" : " 分，不在该档内"]
            })
        result.isSelfAssessed = true
        if !inBand {
            let name = leaf.name
            let message = Explanation {
                [.text(ScoringMessages.outOfBand(name, outcome.label, describe(outcome, max: max), selfScore))]
            }
            result.findings.append(ScoringFinding.invalid(message, field: leaf.info.selfScoreField))
        }
        return result
    }

    static func contains(_ outcome: QualitativeOutcome, _ score: ExactDecimal, max: ExactDecimal) -> Bool {
        let b = band(outcome)
        let lower = b.lower * max, upper = b.upper * max
        return score >= lower && (b.upperIncluded ? score <= upper : score < upper)
    }

    /// `8 至 10 分档` or `6 至 8 分（不含 8 分）档`.
    static func bandParts(_ outcome: QualitativeOutcome, max: ExactDecimal) -> [Explanation.Part] {
        let b = band(outcome)
        let upper = b.upper * max
        return [.points(b.lower * max), " 至 ", .points(upper), " 分"]
            + (b.upperIncluded ? ["档"] : ["（不含 ", .points(upper), " 分）档"])
    }

    static func describe(_ outcome: QualitativeOutcome, max: ExactDecimal) -> String {
        Explanation(parts: bandParts(outcome, max: max)).text
    }
}
