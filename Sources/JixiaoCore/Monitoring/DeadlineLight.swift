/// The light of a 时效 target written as a date (「2025年10月31日前」 with ≤ ＜ ＝): the completion
/// date against it; not completed yet is green until the date has passed, then red.
public enum DeadlineLight {
    /// The date of a deadline target: a date, optionally followed by 前 / 之前 / 以前 (/ 完成).
    public static func date(_ text: String?) -> CalendarDate? {
        guard var body = text.map({ HalfWidth.fold($0).trimmedSpaces }) else { return nil }
        for suffix in ["完成", "前", "之", "以"] where body.hasSuffix(suffix) { body.removeLast(suffix.count) }
        guard let date = CalendarDate(body), date.isValid else { return nil }
        return date
    }

    static func reading(_ target: Target, deadline: CalendarDate, asOf: CalendarDate?) -> LightReading {
        let direction = target.direction
        guard let done = date(target.actualText) else {
            guard let asOf else { return LightReading(light: nil, explanation: MonitoringMessages.noActual(target.actualText)) }
            let light: Light = asOf <= deadline ? .green : .red
            return LightReading(
                light: light,
                explanation: MonitoringMessages.deadlineOpen(
                    asOf: asOf, deadline: deadline,
                    light: light))
        }
        let met: Bool
        let relation: String
        switch direction {
        case .lessThan: (met, relation) = (done < deadline, done < deadline ? "早于" : "不早于")
        case .equal: (met, relation) = (done == deadline, done == deadline ? "等于" : "不等于")
        default: (met, relation) = (done <= deadline, done <= deadline ? "不晚于" : "晚于")
        }
        let light: Light = met ? .green : .red
        return LightReading(
            light: light, explanation: "完成日期 \(done.iso) \(relation)目标日期 \(deadline.iso)（\(direction.rawValue)），\(light.label)")
    }
}
