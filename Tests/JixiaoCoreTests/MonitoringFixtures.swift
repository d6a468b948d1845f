@testable import JixiaoCore

/// Small monitoring rounds for the light and check tests.
enum MonitoringFixtures {
    static func d(_ text: String) -> ExactDecimal { ExactDecimal(text)! }

    /// A round of 2025 with data to the end of `month`.
    static func round(
        month: Int = 7, annual: String = "120", executed: String = "30", expected: String? = nil,
        targets: [MonitoredTarget] = []
    ) -> MonitoringRound {
        MonitoringRound(
            unit: "五华县政务服务数据管理局", fiscalYear: 2025,
            asOf: CalendarDate(year: 2025, month: month, day: CalendarDate.daysIn(month: month, year: 2025)),
            budget: MonitoredBudget(annual: d(annual), executed: d(executed), expectedYearEnd: expected.map(d)),
            targets: targets)
    }

    /// A quantitative target with its actual; reasons, measures and likelihood filled unless told.
    static func target(
        _ name: String = "热线接通率", _ direction: Direction = .atLeast, target: String, actual: String?,
        unit: String? = "%", cumulative: Bool = false, likelihood: Likelihood? = .certain,
        reason: String? = "人员保障", measures: String? = "增加坐席"
    ) -> MonitoredTarget {
        MonitoredTarget(
            target: Target(
                name: name, direction: direction, targetValue: d(target), unit: unit,
                actualValue: actual.map(d)),
            cumulative: cumulative, likelihood: likelihood, deviationReason: reason, measures: measures)
    }

    /// A 定性 target answered with `answer`.
    static func qualitative(_ answer: String?) -> MonitoredTarget {
        MonitoredTarget(
            target: Target(
                name: "服务规范化水平", direction: .qualitative, targetText: "有效提升",
                actualText: answer, outcome: answer.flatMap(QualitativeOutcome.init(answer:))),
            likelihood: .possible, deviationReason: "制度保障", measures: "印发规范")
    }

    static func reading(
        _ monitored: MonitoredTarget, month: Int = 12,
        thresholds: MonitoringThresholds = .standard
    ) -> LightReading {
        MonitoringLights.target(monitored, months: month, bands: thresholds.target)
    }
}
