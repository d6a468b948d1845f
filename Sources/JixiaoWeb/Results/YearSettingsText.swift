/// The texts of the year settings page (监控阈值与结果应用规则).
enum YearSettingsText {
    static let saved = "监控阈值与结果应用规则已保存。"
    static let action = "修改年度监控与结果应用设置"
    static let link = "监控阈值与结果应用规则"

    static func title(_ year: Int) -> String { "\(year) 年度监控阈值与结果应用规则" }

    static func refused(_ count: Int) -> String { "有 \(count) 处需要修改，未保存。" }

    static let thresholdsIntro =
        "监控灯按“执行率（或完成率）÷ 时间进度”的百分比亮灯：低于黄灯下限为红灯，低于绿灯下限为黄灯，"
        + "目标完成灯不低于蓝灯下限为蓝灯（明显超前）。取值 0 至 1000，最多两位小数，单位为 %。"
    static let rulesIntro = "结果应用页按自评等级给出预算安排建议；每项不超过 30 个字。"
    static let defaultsNote = "当前为默认值（运行监控规范的阈值表；优 优先保障，良 按需保障，中 压减，差 取消或暂停）。"
    static let customNote = "当前为本年度自定的设置。"
}
