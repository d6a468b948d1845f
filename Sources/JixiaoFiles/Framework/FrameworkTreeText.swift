import JixiaoCore

/// A framework as an indented text tree: name, 分值, value formula and rule per indicator.
public enum FrameworkTreeText {
    public static func render(_ framework: Framework) -> String {
        var lines = [
            "\(framework.title)（\(framework.id)）",
            "\(framework.kind.label) · \(framework.region) · \(framework.year) 年起 · 总分 \(framework.total)",
            "来源：\(framework.source)",
            "",
        ]
        for indicator in framework.indicators { append(indicator, depth: 0, to: &lines) }
        return lines.joined(separator: "\n")
    }

    private static func append(_ indicator: Indicator, depth: Int, to lines: inout [String]) {
        let indent = String(repeating: "  ", count: depth)
        let mark = indicator.provisional ? "（暂定）" : ""
        lines.append("\(indent)\(indicator.name)  \(indicator.max) 分\(mark)")
        let detail = indent + "    "
        if indicator.fromTargets { lines.append("\(detail)末级指标：本单位申报的绩效目标") }
        if let value = indicator.value { lines.append("\(detail)取值：\(value)") }
        if let rule = indicator.rule { lines.append("\(detail)评分：\(rule.summary)") }
        for child in indicator.children { append(child, depth: depth + 1, to: &lines) }
    }
}
