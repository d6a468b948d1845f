/// The Chinese texts of rectification refusals.
public enum RectificationMessages {
    public static func missing(_ label: String) -> String { "请填写\(label)。" }

    public static func tooLong(_ label: String, max: Int, count: Int) -> String {
        "\(label)最多 \(max) 个字，现有 \(count) 个字。"
    }

    public static let deadlineMissing = "请填写整改期限（如 2025-09-30）。"

    public static func deadlineInvalid(_ text: String) -> String {
        "整改期限「\(text)」不是有效日期，请按 2025-09-30 的格式填写。"
    }

    public static func deadlineOutside(_ year: Int, _ last: Int) -> String {
        "\(year)年度的整改期限应在\(year)年1月1日至\(last)年12月31日之间。"
    }

    public static func deadlinePast(_ today: CalendarDate) -> String {
        "整改期限不能早于今天（\(today.chinese)）。"
    }

    public static func notAllowed(_ action: RectificationAction, status: RectificationStatus) -> String {
        "整改事项当前为「\(status.label)」，您不能「\(action.label)」。"
    }

    public static func targetOutside(_ target: Int, count: Int) -> String {
        "监控指标第 \(target) 行不存在（该监控共 \(count) 个指标）。"
    }

    public static let subjectMissing = "要整改的评价、监控或申报表不存在，或您无权访问。"
    public static let subjectKindUnknown = "整改对象类型应为 evaluation、monitoring 或 declaration。"
}
