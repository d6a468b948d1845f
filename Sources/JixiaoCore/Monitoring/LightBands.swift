/// Where a percentage v turns from one light to the next: red below `yellowFrom`,
/// yellow below `greenFrom`, green below `blueFrom` (or above, when there is no blue band),
/// blue from `blueFrom`. Values are percentages (60 means 60%).
public struct LightBands: Codable, Sendable, Hashable {
    /// Lowest v that is yellow (below it: red).
    public var yellowFrom: ExactDecimal
    /// Lowest v that is green.
    public var greenFrom: ExactDecimal
    /// Lowest v that is blue; nil: no blue band (the budget light).
    public var blueFrom: ExactDecimal?

    public init(yellowFrom: ExactDecimal, greenFrom: ExactDecimal, blueFrom: ExactDecimal? = nil) {
        self.yellowFrom = yellowFrom
        self.greenFrom = greenFrom
        self.blueFrom = blueFrom
    }

    /// The light of the percentage `v`.
    public func light(for v: ExactDecimal) -> Light {
        if v < yellowFrom { return .red }
        if v < greenFrom { return .yellow }
        if let blueFrom, v >= blueFrom { return .blue }
        return .green
    }

    /// The band of `light` in words: 「低于 60%」「不低于 60% 且低于 80%」「不低于 120%」.
    public func bandText(_ light: Light) -> String {
        let yellow = Self.percent(yellowFrom), green = Self.percent(greenFrom)
        switch light {
        case .red: return "低于 \(yellow)"
        case .yellow: return "不低于 \(yellow) 且低于 \(green)"
        case .green: return blueFrom.map { "不低于 \(green) 且低于 \(Self.percent($0))" } ?? "不低于 \(green)"
        case .blue: return "不低于 \(Self.percent(blueFrom ?? greenFrom))"
        }
    }

    /// Problems that make the bands unusable, in Chinese; `name` names them (预算执行灯).
    public func problems(name: String) -> [String] {
        var problems: [String] = []
        let limit = ExactDecimal(100_000)
        for (label, value) in [("黄灯下限", yellowFrom), ("绿灯下限", greenFrom)] + (blueFrom.map { [("蓝灯下限", $0)] } ?? [])
        where value.isNegative || value > limit {
            problems.append(MonitoringMessages.thresholdOutOfRange(name: name, label: label, value: value))
        }
        if greenFrom < yellowFrom || (blueFrom.map { $0 < greenFrom } ?? false) {
            problems.append(MonitoringMessages.thresholdsOutOfOrder(name: name, bands: self))
        }
        return problems
    }

    static func percent(_ value: ExactDecimal) -> String { value.description + "%" }
}
