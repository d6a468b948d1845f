/// The sentences of the target lights, with the target's unit after each value
/// (「完成值 96.2% ÷ 目标值 95% = 101.26%，不低于 80% 且低于 120%，绿灯」).
struct ValueWords {
    var unit: String?

    func value(_ number: ExactDecimal) -> String {
        let unit = (unit ?? "").trimmedSpaces
        return number.description + (unit.isEmpty || unit == "%" ? unit : " " + unit)
    }

    /// `value(number)` followed by a space when it ends in a digit or %, so the next
    /// Chinese word sits right after a unit word (「12 秒不高于」「96% 不高于」).
    func lead(_ number: ExactDecimal) -> String {
        let text = value(number)
        return text.last.map { $0.isASCII } == true ? text + " " : text
    }

    func proportional(_ actual: ExactDecimal, _ goal: ExactDecimal, ratio: ExactDecimal, band: String, light: Light) -> String {
        "完成值 \(value(actual)) ÷ 目标值 \(value(goal)) = \(ratio.formatted(places: 2))%，\(band)，\(light.label)"
    }

    func cumulative(
        _ actual: ExactDecimal, _ goal: ExactDecimal, months: Int, due: ExactDecimal, ratio: ExactDecimal,
        band: String, light: Light
    ) -> String {
        "累计完成值 \(value(actual)) ÷（目标值 \(value(goal)) × \(months) ÷ 12 = \(due.rounded(places: 2))）"
            + "= \(ratio.formatted(places: 2))%，\(band)，\(light.label)"
    }

    func equal(_ actual: ExactDecimal, _ goal: ExactDecimal) -> (Light) -> String {
        { light in
            light == .green
                ? "完成值 \(lead(actual))等于目标值 \(value(goal))（＝），绿灯"
                : "完成值 \(lead(actual))不等于目标值 \(value(goal))（＝），\(light.label)"
        }
    }

    func lowerIsBetter(_ actual: ExactDecimal, _ goal: ExactDecimal, direction: Direction, within: Bool) -> (Light) -> String {
        { light in
            let relation: String
            switch (direction, within) {
            case (.lessThan, true): relation = "低于"
            case (.lessThan, false): relation = "不低于"
            case (_, true): relation = "不高于"
            case (_, false): relation = "高于"
            }
            return "完成值 \(lead(actual))\(relation)目标值 \(value(goal))（\(direction.rawValue)），\(light.label)"
        }
    }

    func zeroTarget(_ actual: ExactDecimal) -> (Light) -> String {
        { light in
            "目标值为 0，不按比例计算：完成值 \(lead(actual))\(light == .green ? "等于" : "不等于")目标值 0，\(light.label)"
        }
    }

    func negativeTarget(_ actual: ExactDecimal, _ goal: ExactDecimal, direction: Direction, met: Bool) -> (Light) -> String {
        { light in
            let relation = direction == .greaterThan ? (met ? "高于" : "不高于") : (met ? "不低于" : "低于")
            return "目标值为负数，不按比例计算：完成值 \(lead(actual))\(relation)目标值 \(value(goal))（\(direction.rawValue)），\(light.label)"
        }
    }
}
