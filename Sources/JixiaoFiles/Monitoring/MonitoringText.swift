import JixiaoCore

/// The text output of one monitoring round (`jixiao monitor`): who and when, the budget light,
/// each target's light with its arithmetic, the overall light, the findings.
public enum MonitoringText {
    public static func text(round: MonitoringRound, result: MonitoringResult, file: String? = nil) -> String {
        var lines: [String] = []
        if let file { lines.append(file) }
        lines.append("\(round.subject) \(round.fiscalYear) 年度运行监控，截至 \(round.asOf.iso)（已过 \(result.months) 个月）")
        lines.append("预算执行：\(label(result.budget.light))  \(result.budget.reading.explanation)")
        if result.targets.isEmpty {
            lines.append("目标：无")
        } else {
            lines.append("目标：")
            for target in result.targets {
                lines.append("  \(target.name)：\(label(target.light))  \(target.reading.explanation)")
            }
        }
        lines.append("总体：\(result.overall.map { "\($0.label)（预算执行与各目标中最差的灯）" } ?? "未亮灯")")
        if result.findings.isEmpty {
            lines.append("问题：无")
        } else {
            lines.append("问题：")
            for finding in result.findings {
                let at = finding.location.field.map { "\($0)：" } ?? ""
                lines.append("  \(finding.severity.label)[\(finding.rule)] \(at)\(finding.message)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func label(_ light: Light?) -> String { light?.label ?? "未亮灯" }
}
