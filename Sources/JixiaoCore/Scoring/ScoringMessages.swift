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

    static func entered(_ score: String) -> String { "按评价人录入的得分 " + score + " 分" }

    static func cannotCompute(_ reason: String) -> Explanation { Explanation("无法计算（", .text(reason), "）") }

    static func fallback(_ reason: String, _ selfScore: ExactDecimal) -> Explanation {
        Explanation("无法按数据计算（", .text(reason), "），采用自评得分 ", .points(selfScore), " 分")
    }

    static func capped(_ explanation: Explanation, _ max: ExactDecimal) -> Explanation {
        explanation.appending("；超过分值，按 ", .points(max), " 分计")
    }

    static func floored(_ explanation: Explanation) -> Explanation { explanation.appending("；不低于 0 分，按 0 分计") }

    static func heading(sum: ExactDecimal, max: ExactDecimal, uncomputed: Int, excluded: Int) -> String {
        var text = "下级指标得分合计 " + DecimalText.points(sum) + " 分（分值 " + DecimalText.points(max) + " 分）"
        if uncomputed > 0 { text += "，其中 " + String(uncomputed) + " 项无法计算，未计入" }
        if excluded > 0 { text += "，" + String(excluded) + " 项不适用" }
        return text
    }

    static func overshoot(actual: String, target: String, ratio: String) -> String {
        "实际完成值 " + actual + " 达到目标值 " + target + " 的 " + ratio + " 以上，需说明原因（目标是否偏低）"
    }

    // Findings.
    static func overMax(_ name: String, _ selfScore: String, _ max: String) -> String {
        "“" + name + "”自评得分 " + selfScore + " 分超过分值 " + max + " 分"
    }
    static func unsupported(_ name: String, _ selfScore: String, _ score: String, _ explanation: String) -> String {
        "“" + name + "”自评得分 " + selfScore + " 分高于按数据计算的得分 " + score + " 分（" + explanation + "）"
    }
    static func belowMaxWithoutNote(_ name: String, _ score: String, _ max: String) -> String {
        "“" + name + "”得分 " + score + " 分低于分值 " + max + " 分，未说明偏差原因及改进措施"
    }
    static func figureMissing(_ name: String, _ reason: String) -> String {
        "“" + name + "”无法按数据计算：" + reason
    }
    static func noTargetsFinding(_ heading: String) -> String { "“" + heading + "”下没有填报绩效目标" }
}
