/// What an administrator sets per fiscal year for monitoring and the use of results: the
/// thresholds of the lights and the budget treatment suggested per grade.
public struct YearSettings: Codable, Sendable, Hashable {
    public var year: Int
    /// The bands of the monitoring lights (cycle.md §3); `fiscalYear` is `year`.
    public var thresholds: MonitoringThresholds
    /// 结果应用规则: grade → suggested budget treatment.
    public var resultRules: ResultUseRules

    public init(year: Int, thresholds: MonitoringThresholds, resultRules: ResultUseRules) {
        self.year = year
        var thresholds = thresholds
        thresholds.fiscalYear = year
        self.thresholds = thresholds
        self.resultRules = resultRules
    }

    /// The defaults: the table of cycle.md §3 and 优 优先保障, 良 按需保障, 中 压减, 差 取消或暂停.
    public static func defaults(year: Int) -> YearSettings {
        YearSettings(year: year, thresholds: .defaults(fiscalYear: year), resultRules: .standard)
    }

    /// True when nothing differs from the defaults.
    public var isDefault: Bool { self == Self.defaults(year: year) }

    /// The settings in words for the administration log.
    public var summary: String {
        func bands(_ b: LightBands) -> String {
            "黄灯自 \(b.yellowFrom)%，绿灯自 \(b.greenFrom)%" + (b.blueFrom.map { "，蓝灯自 \($0)%" } ?? "")
        }
        return "\(year)：预算执行灯 \(bands(thresholds.budget))；目标完成灯 \(bands(thresholds.target))；"
            + "结果应用 \(resultRules.summary)"
    }
}
