/// The Chinese texts of the scoring engine, kept together.
enum ScoringMessages {
    static let noFormula = "没有取值公式"
    static let notANumber = "取值公式的结果不是数值"
    static let fullScore = "，得满分 "
    static let points = " 分"
    static let scoreIs = "，得 "
    static let notApplicable = "不适用，不计分；总分按适用指标折算"
    static let noTargets = "未填报该类绩效目标"
    static let noTarget = "未设定目标值"
    static let noTargetValue = "缺少年度指标值"
    static let noActualValue = "缺少实际完成值"
    static let targetNotANumber = "目标值公式的结果不是数值"

    static func cannotCompute(_ reason: String) -> String { "无法计算（" + reason + "）" }

    static func fallback(_ reason: String, _ selfScore: String) -> String {
        "无法按数据计算（" + reason + "），采用自评得分 " + selfScore + " 分"
    }

    static func capped(_ explanation: String, _ max: String) -> String {
        explanation + "；超过分值，按 " + max + " 分计"
    }

    static func floored(_ explanation: String) -> String { explanation + "；不低于 0 分，按 0 分计" }

    static func heading(_ sum: String, _ max: String) -> String { "下级指标得分合计 " + sum + " 分（分值 " + max + " 分）" }
    static func headingUncomputed(_ count: Int) -> String { "，其中 \(count) 项无法计算，未计入" }
    static func headingExcluded(_ count: Int) -> String { "，\(count) 项不适用" }

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
