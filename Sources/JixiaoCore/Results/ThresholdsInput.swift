/// The monitoring thresholds as an administrator types them: five percentages, each an exact
/// decimal from 0 to `maximum` with at most two places, in order within each light.
public enum ThresholdsInput {
    /// The largest threshold (percent) an administrator may set.
    public static let maximum = 1000

    /// One input: its form name and its label.
    public struct Field: Sendable, Hashable {
        public var name: String
        public var label: String
    }

    public static let budgetYellow = Field(name: "budget.yellowFrom", label: "预算执行灯的黄灯下限")
    public static let budgetGreen = Field(name: "budget.greenFrom", label: "预算执行灯的绿灯下限")
    public static let targetYellow = Field(name: "target.yellowFrom", label: "目标完成灯的黄灯下限")
    public static let targetGreen = Field(name: "target.greenFrom", label: "目标完成灯的绿灯下限")
    public static let targetBlue = Field(name: "target.blueFrom", label: "目标完成灯的蓝灯下限")
    /// Every input, in the order of the form.
    public static let fields = [budgetYellow, budgetGreen, targetYellow, targetGreen, targetBlue]

    /// The form's texts of `thresholds` (as the page shows them).
    public static func texts(_ thresholds: MonitoringThresholds) -> [String: String] {
        [
            budgetYellow.name: thresholds.budget.yellowFrom.description,
            budgetGreen.name: thresholds.budget.greenFrom.description,
            targetYellow.name: thresholds.target.yellowFrom.description,
            targetGreen.name: thresholds.target.greenFrom.description,
            targetBlue.name: (thresholds.target.blueFrom ?? thresholds.target.greenFrom).description,
        ]
    }

    /// The thresholds of `form`, or a message per field name that cannot be taken.
    public static func parse(_ form: [String: String], fiscalYear: Int) -> (MonitoringThresholds?, [String: String]) {
        var problems: [String: String] = [:]
        var values: [String: ExactDecimal] = [:]
        for field in fields {
            let text = HalfWidth.fold(form[field.name] ?? "").trimmedSpaces.replacingOccurrences(of: "%", with: "")
            switch value(text, label: field.label) {
            case .success(let value): values[field.name] = value
            case .failure(let problem): problems[field.name] = problem.message
            }
        }
        let order: [(Field, Field)] = [(budgetGreen, budgetYellow), (targetGreen, targetYellow), (targetBlue, targetGreen)]
        for (upper, lower) in order {
            guard let high = values[upper.name], let low = values[lower.name], problems[upper.name] == nil else { continue }
            if high < low { problems[upper.name] = ResultUseText.thresholdOrder(upper.label, below: lower.label) }
        }
        guard problems.isEmpty, let by = values[budgetYellow.name], let bg = values[budgetGreen.name],
            let ty = values[targetYellow.name], let tg = values[targetGreen.name], let tb = values[targetBlue.name]
        else { return (nil, problems) }
        return (
            MonitoringThresholds(
                fiscalYear: fiscalYear, budget: LightBands(yellowFrom: by, greenFrom: bg),
                target: LightBands(yellowFrom: ty, greenFrom: tg, blueFrom: tb)), [:]
        )
    }

    struct Problem: Error { var message: String }

    private static func value(_ text: String, label: String) -> Result<ExactDecimal, Problem> {
        if text.isEmpty { return .failure(Problem(message: ResultUseText.thresholdEmpty(label))) }
        guard text.count <= 12, let value = ExactDecimal(text) else {
            return .failure(Problem(message: ResultUseText.thresholdNotNumber(label, String(text.prefix(20)))))
        }
        if value.isNegative || value > ExactDecimal(maximum) {
            return .failure(Problem(message: ResultUseText.thresholdOutOfRange(label, text)))
        }
        if let point = text.firstIndex(of: "."), text.distance(from: point, to: text.endIndex) > 3 {
            return .failure(Problem(message: ResultUseText.thresholdPlaces(label, text)))
        }
        return .success(value)
    }
}
