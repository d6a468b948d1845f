extension ScoringRule {
    /// The rule kind as written in framework files (`thresholdStep`, `bands`, …).
    public var kindName: String {
        switch self {
        case .proportional: return "proportional"
        case .thresholdStep: return "thresholdStep"
        case .bands: return "bands"
        case .checklist: return "checklist"
        case .deductions: return "deductions"
        case .qualitative: return "qualitative"
        case .manual: return "manual"
        }
    }

    /// A one-line Chinese summary of the rule with its parameters, e.g.
    /// `逐档扣分：≤ 10.00% 得满分，每超 1.00 个百分点扣 1 分`.
    public var summary: String {
        switch self {
        case .proportional(let direction, let target, let inverse):
            let goal = target.map { ExactDecimal($0).map(Self.rate) ?? $0 } ?? "绩效目标值"
            let formula = inverse.map { $0 == .ratio ? "，反向用 目标÷实际" : "，反向用线性扣减" } ?? ""
            return "按比例：\(direction.rawValue) \(goal) 得满分，否则按完成比例得分\(formula)"
        case .thresholdStep(let standard, let side, let deduct, let per, let partial):
            let beyond = side.isLowerBetter ? "超" : "低"
            let part = partial ? "（不足一档按一档计）" : ""
            return "逐档扣分：\(side.rawValue) \(Self.rate(standard)) 得满分，每\(beyond) \(Self.points(per)) 个百分点扣 \(deduct) 分\(part)，扣完为止"
        case .bands(let bands):
            return "分档：" + bands.map { "\($0.rangeText) 得 \($0.score) 分" }.joined(separator: "；")
        case .checklist(let items):
            return "清单：" + items.map { "\($0.name) \($0.points) 分" }.joined(separator: "；")
        case .deductions(let perBreach):
            return "扣分：每发现一处扣 \(perBreach) 分，扣完为止"
        case .qualitative:
            return "定性：达成 80%–100%，部分达成 60%–80%，未达成 0–60%"
        case .manual:
            return "人工评分：不超过分值，低于满分须说明理由"
        }
    }

    static func rate(_ value: ExactDecimal) -> String { (value * .hundred).formatted(minimumPlaces: 0, maximumPlaces: 2) + "%" }
    static func points(_ value: ExactDecimal) -> String { (value * .hundred).formatted(minimumPlaces: 0, maximumPlaces: 2) }
}

extension Band {
    /// The range in interval notation with percentages: `(10.00%, 20.00%]`, `= 0.00%`, `≥ 90.00%`.
    public var rangeText: String {
        switch (lower, upper) {
        case (let l?, let u?) where l == u: return "= \(ScoringRule.rate(l))"
        case (let l?, let u?):
            return "\(lowerInclusive ? "[" : "(")\(ScoringRule.rate(l)), \(ScoringRule.rate(u))\(upperInclusive ? "]" : ")")"
        case (let l?, nil): return "\(lowerInclusive ? "≥" : "＞") \(ScoringRule.rate(l))"
        case (nil, let u?): return "\(upperInclusive ? "≤" : "＜") \(ScoringRule.rate(u))"
        case (nil, nil): return "任意值"
        }
    }
}
