/// The Chinese messages of evaluation files, kept together.
enum EvaluationMessages {
    static func duplicateFigure(_ key: String, id: String) -> String { "数据项「\(key)」重复（与「\(id)」是同一项）" }
    static let negativeBreaches = "违规次数（breaches）不能为负数"
    static func unknownIndicator(_ key: String, framework: String) -> String {
        "指标「\(key)」不在指标体系「\(framework)」中，将被忽略"
    }
    static let noFramework = "未指定指标体系：请在文件中写 frameworkID，或用 --framework 指定"
}
