import JixiaoCore
import Plot

/// The form of one fiscal year's monitoring thresholds and result-use rules; a refused field
/// keeps the typed text and shows its message under it.
enum YearSettingsPage {
    struct Model {
        var user: UserAccount
        var csrf: String
        var year: Int
        /// The text of each field (saved values, or what was typed when refused).
        var texts: [String: String]
        /// The settings in force (for the bands in words).
        var current: YearSettings
        var errors: [String: String] = [:]
        var flash: String? = nil
        var error: String? = nil
    }

    static func render(_ m: Model) -> HTML {
        Layout.page(
            .init(title: YearSettingsText.title(m.year), user: m.user, csrf: m.csrf, flash: m.flash, error: m.error),
            .h1(.text(YearSettingsText.title(m.year))),
            .p(.a(.attr("href", SiteURL.admin.withQuery([:], fragment: "years")), .text("返回系统管理"))),
            .p(.id("settings-state"), .text(m.current.isDefault ? YearSettingsText.defaultsNote : YearSettingsText.customNote)),
            .postForm(
                action: SiteURL.adminYearSettings(String(m.year)).path, csrf: m.csrf, id: "year-settings", class: "narrow",
                [
                    .box(
                        "运行监控灯阈值（%）",
                        [.p(.class("hint"), .text(YearSettingsText.thresholdsIntro))]
                            + [ThresholdsInput.budgetYellow, ThresholdsInput.budgetGreen].map { field(m, $0) }
                            + [.p(.id("budget-bands"), .text("现行预算执行灯：" + bandsText(m.current.thresholds.budget)))]
                            + [ThresholdsInput.targetYellow, ThresholdsInput.targetGreen, ThresholdsInput.targetBlue].map {
                                field(m, $0)
                            }
                            + [.p(.id("target-bands"), .text("现行目标完成灯：" + bandsText(m.current.thresholds.target)))]),
                    .box(
                        "结果应用规则（自评等级 → 预算安排建议）",
                        [.p(.class("hint"), .text(YearSettingsText.rulesIntro))]
                            + Grade.allCases.map { grade in
                                let name = YearSettings.ruleField(grade)
                                return .textField(
                                    "等级「\(grade.rawValue)」", name: name, value: m.texts[name] ?? "", error: m.errors[name])
                            }),
                    .button(.type(.submit), .id("settings-save"), .text("保存")),
                    .button(
                        .type(.submit), .attr("name", "reset"), .attr("value", "1"), .id("settings-reset"),
                        .text("恢复默认值")),
                ])
        )
    }

    private static func field(_ m: Model, _ field: ThresholdsInput.Field) -> Node<HTML.BodyContext> {
        .textField(field.label, name: field.name, value: m.texts[field.name] ?? "", error: m.errors[field.name])
    }

    /// 「红灯 低于 60%；黄灯 不低于 60% 且低于 80%；绿灯 不低于 80%」.
    static func bandsText(_ bands: LightBands) -> String {
        let lights: [Light] = bands.blueFrom == nil ? [.red, .yellow, .green] : [.red, .yellow, .green, .blue]
        return lights.map { "\($0.label) \(bands.bandText($0))" }.joined(separator: "；")
    }
}
