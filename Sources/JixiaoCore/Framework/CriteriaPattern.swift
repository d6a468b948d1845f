/// Recognises the commonest wording of a 评分标准 and turns it into a rule:
/// `≤100%得满分，每超1个百分点扣0.5分` → thresholdStep(100%, ≤, 0.5, 1%).
/// Anything else is left to a person (nil).
public enum CriteriaPattern {
    public static func rule(from criteria: String) -> ScoringRule? {
        let text = HalfWidth.fold(criteria).filter { !$0.isWhitespace }
        guard let match = text.firstMatch(of: pattern),
            let side = Direction(symbol: String(match.output.1)) ?? words[String(match.output.1)],
            side != .qualitative, side != .equal,
            let standard = ExactDecimal(String(match.output.2)),
            let per = ExactDecimal(String(match.output.4)),
            let deduct = ExactDecimal(String(match.output.5))
        else { return nil }
        let hundredth = ExactDecimal(units: ExactDecimal.unit / 100)
        let partial = text.contains("不足") && text.contains("按")
        return .thresholdStep(
            standard: standard * hundredth, side: side, deduct: deduct, per: per * hundredth,
            partialSteps: partial)
    }

    private static let words: [String: Direction] = ["不超过": .atMost, "不高于": .atMost, "不低于": .atLeast, "达到": .atLeast]

    // side, standard %, (得满分), per (points or %), deduct.
    nonisolated(unsafe) private static let pattern =
        #/(≤|<=|≥|>=|<|>|不超过|不高于|不低于|达到)(\d+(?:\.\d+)?)%(?:的|以内|以上)?(?:得满分|得\d+(?:\.\d+)?分)[,;，；。]?(?:否则)?每(超|超过|高|高于|低|低于|增加|减少|下降)(\d+(?:\.\d+)?)(?:个百分点|%)扣(\d+(?:\.\d+)?)分/#
}
