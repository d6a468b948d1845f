@testable import JixiaoCore

/// A clean project declaration (the shape of examples/targets-project.yaml) and row builders,
/// so each test changes one thing.
enum DeclarationFixtures {
    static func row(
        _ levels: [String], _ name: String, _ direction: Direction?, _ target: String?,
        unit: String? = nil, score: ExactDecimal? = nil
    ) -> DeclaredRow {
        let value = target.flatMap { ExactDecimal($0) }
        return DeclaredRow(
            target: Target(
                levels: levels, name: name, direction: direction ?? .qualitative,
                targetValue: value, targetText: value == nil ? target : nil,
                unit: unit, maxScore: score),
            directionStated: direction != nil)
    }

    static func clean() -> TargetDeclaration {
        TargetDeclaration(
            scope: .project, unit: "五华县政务服务数据管理局", fiscalYear: 2025, project: "政务服务热线运行维护",
            projectAttribute: "延续",
            period: DeclarationPeriod(
                start: CalendarDate(year: 2025, month: 1, day: 1),
                end: CalendarDate(year: 2025, month: 12, day: 31)),
            funds: DeclaredFunds(
                total: DeclaredAmount(value: ExactDecimal("120.00")!),
                fiscal: DeclaredAmount(value: ExactDecimal("100.00")!),
                other: DeclaredAmount(value: ExactDecimal("20.00")!)),
            rows: [
                row(["产出指标", "数量指标"], "热线受理量", .atLeast, "60000", unit: "件", score: 20),
                row(["产出指标", "质量指标"], "热线接通率", .atLeast, "95", unit: "%", score: 15),
                row(["产出指标", "时效指标"], "办件按时办结率", .atLeast, "100", unit: "%", score: 10),
                row(["产出指标", "时效指标"], "热线系统升级完成时间", .atMost, "2025年10月31日前", score: 5),
                row(["产出指标", "成本指标"], "热线运维成本", .atMost, "120", unit: "万元", score: 10),
                row(["效益指标", "社会效益指标"], "工单平均办理时长", .atMost, "5", unit: "个工作日", score: 20),
                row(["满意度指标", "服务对象满意度指标"], "服务对象满意度", .atLeast, "90", unit: "%", score: 10),
            ],
            previous: [PreviousActual(name: "热线接通率", value: ExactDecimal("93.5")!)])
    }

    static let library = IndicatorLibrary([
        LibraryIndicator(
            levels: ["产出指标", "时效指标"], name: "办件按时办结率", direction: .atLeast, unit: "%",
            sector: "政务服务", required: true, aliases: ["按时办结率"]),
        LibraryIndicator(levels: ["产出指标", "质量指标"], name: "热线接通率", direction: .atLeast, unit: "%", sector: "政务服务"),
        LibraryIndicator(levels: ["产出指标", "数量指标"], name: "实际完成率", sector: "共性", required: true),
    ])

    /// The findings of `declaration` as `rule field` lines.
    static func found(
        _ declaration: TargetDeclaration, library: IndicatorLibrary = library,
        rules: DeclarationRules = .standard
    ) -> [String] {
        DeclarationChecker(rules: rules, library: library).check(declaration).map { "\($0.rule) \($0.location.field ?? "")" }
    }

    static func messages(_ declaration: TargetDeclaration, rule: String) -> [String] {
        DeclarationChecker(library: library).check(declaration).filter { $0.rule == rule }.map(\.message)
    }
}
