/// The Chinese texts of the year settings and the use of results (结果应用).
public enum ResultUseText {
    static func treatmentEmpty(_ grade: Grade) -> String { "等级「\(grade.rawValue)」的预算安排建议不能为空" }

    static func treatmentTooLong(_ grade: Grade, count: Int) -> String {
        "等级「\(grade.rawValue)」的预算安排建议有 \(count) 个字，最多 \(ResultUseRules.maxLength) 个字"
    }

    static func treatmentControl(_ grade: Grade) -> String { "等级「\(grade.rawValue)」的预算安排建议含有控制字符" }

    static func thresholdEmpty(_ label: String) -> String { "\(label)不能为空" }

    static func thresholdNotNumber(_ label: String, _ text: String) -> String {
        "\(label)「\(text)」不是数值（例如 60 或 62.5）"
    }

    static func thresholdOutOfRange(_ label: String, _ text: String) -> String {
        "\(label) \(text)% 超出范围，应在 0 至 \(ThresholdsInput.maximum)% 之间"
    }

    static func thresholdPlaces(_ label: String, _ text: String) -> String { "\(label)「\(text)」最多两位小数" }

    static func thresholdOrder(_ label: String, below: String) -> String { "\(label)不能小于\(below)" }

    /// 「自评等级 良 → 按需保障」.
    static func byGrade(_ grade: Grade, _ treatment: String) -> String { "自评等级 \(grade.rawValue) → \(treatment)" }

    static let noGrade = "尚无已提交的自评等级，暂无建议"
}
