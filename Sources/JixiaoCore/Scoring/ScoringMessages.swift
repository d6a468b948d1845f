/// The Chinese texts of the scoring engine, kept together.
enum ScoringMessages {
    static let noFormula = "没有取值公式"
    static let notANumber = "取值公式的结果不是数值"
    static let noTarget = "未设定目标值"
    static let noTargetValue = "缺少年度指标值"
    static let noActualValue = "缺少实际完成值"
    static let targetNotANumber = "目标值公式的结果不是数值"
    static let notEntered = "未录入评分"
    static let notApplicable: Explanation = "不适用，不计分；总分按适用指标折算"
    static let noTargets: Explanation = "未填报该类绩效目标"

    static func entered(_ score: String) -> String { "自评 " + score + " 分（人工评分）" }

    static func cannotCompute(_ reason: String) -> Explanation { Explanation("无法计算（", .text(reason), "）") }

    static func fallback(_ reason: String, _ selfScore: ExactDecimal) -> Explanation {
        Explanation("无法按数据计算（", .text(reason), "），采用自评得分 ", .points(selfScore), " 分")
    }

    static func capped(_ explanation: Explanation, _ max: ExactDecimal) -> Explanation {
        explanation.appending("；超过分值，按 ", .points(max), " 分计")
    }

    static func floored(_ explanation: Explanation) -> Explanation { explanation.appending("；不低于 0 分，按 0 分计") }

    static func heading(sum: ExactDecimal, max: ExactDecimal, uncomputed: Int, excluded: Int) -> String {
        var text = "下级指标得分合计 " + NumberFormat.points(sum) + " 分（分值 " + NumberFormat.points(max) + " 分）"
        if uncomputed > 0 { text += "，其中 " + String(uncomputed) + " 项无法计算，未计入" }
        if excluded > 0 { text += "，" + String(excluded) + " 项不适用" }
        return text
    }

    static func overshoot(actual: String, target: String, ratio: String) -> String {
        "实际完成值 " + actual + " 达到目标值 " + target + " 的 " + ratio + " 以上，需说明原因（目标是否偏低）"
    }

    // Findings.
    static func unknownItem(_ name: String, _ item: String) -> String {
        concat("“", name, "”勾选了评分要点中没有的“", item, "”")
    }
    static func negativeBreaches(_ name: String, _ count: Int) -> String {
        concat("“", name, "”的问题数不能为负数（", String(count), "）")
    }
    static func outOfBand(_ name: String, _ outcome: String, _ band: String, _ score: ExactDecimal) -> String {
        concat("“", name, "”评价结果为“", outcome, "”，得分应在 ", band, "内，自评 ", NumberFormat.points(score), " 分")
    }
    static func noTargetsFinding(_ heading: String) -> String { concat("“", heading, "”下没有填报绩效目标") }
}
