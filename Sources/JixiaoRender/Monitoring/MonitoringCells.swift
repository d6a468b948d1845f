import JixiaoCore

/// The cells the monitoring tables share: numbers stay numbers (targets as declared,
/// money with at least two places, ratios as percentages of two places half-up), texts
/// are cleaned by `UserText`, a light is its word with its colour.
enum MonitoringCells {
    static func text(_ value: String?) -> ReportCell {
        guard let value, let line = UserText.line(value), !line.isEmpty else { return .empty }
        return .text(line)
    }

    /// A text that may hold several lines (a reason, measures), kept as lines.
    static func lines(_ value: String?) -> ReportCell {
        let lines = UserText.paragraphs(value ?? "")
        return lines.isEmpty ? .empty : .text(lines.joined(separator: "\n"))
    }

    /// A value as written: a number with its own decimals, else the text.
    static func value(_ number: ExactDecimal?, _ text: String?) -> ReportCell {
        if let number { return .number(number, places: min(number.significantDecimalPlaces, 9)) }
        return self.text(text)
    }

    /// 万元 with two places, more only when the amount has more (an import in 元 gives up to six).
    static func money(_ amount: ExactDecimal?) -> ReportCell {
        guard let amount else { return .empty }
        return .number(amount, places: max(2, min(amount.significantDecimalPlaces, 9)))
    }

    /// A percentage v (42.86) as a percent cell (0.4286, shown 42.86%); exact, since v has two places.
    static func percent(_ value: ExactDecimal?) -> ReportCell {
        guard let value, let fraction = value.divided(by: .hundred) else { return .empty }
        return .percent(fraction)
    }

    static func light(_ light: Light?) -> ReportCell { .text(MonitoringLabels.light(light)) }

    /// The actual of a target: for 定性 the answer, else the number or the text entered.
    static func actual(_ target: Target) -> ReportCell {
        if target.direction == .qualitative {
            return text(target.actualText ?? target.outcome?.label)
        }
        return value(target.actualValue, target.actualText)
    }

    static func date(_ date: CalendarDate) -> ReportCell { .text(date.iso) }
}
