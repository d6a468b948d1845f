import JixiaoCore

/// The texts of the 结果应用 view.
enum ResultsText {
    /// The year's rules in words, where they are set.
    static func rules(_ settings: YearSettings) -> String {
        "本年度结果应用规则（自评等级 → 预算安排建议）：\(settings.resultRules.summary)。"
            + "规则和监控灯阈值由管理员在“系统管理 → 年度 → 监控阈值与结果应用规则”中设置；"
            + "自评等级以已提交的部门整体自评为准，监控灯取本年度最近一次已提交的单位运行监控。"
    }

    static func count(_ count: Int, page: Int, of pages: Int) -> String {
        pages > 1 ? "共 \(count) 个单位，第 \(page) / \(pages) 页。" : "共 \(count) 个单位。"
    }
}
