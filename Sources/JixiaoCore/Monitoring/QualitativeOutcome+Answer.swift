extension QualitativeOutcome {
    /// Reads a 定性 answer as written in a monitoring round or an evaluation: 达成年度指标 (达成),
    /// 部分达成 (部分达成年度指标并具有一定效果), 未达成 (未达成年度指标且效果较差), or the English name.
    public init?(answer: String) {
        let text = HalfWidth.fold(answer).trimmedSpaces
        if let value = Self(rawValue: text) ?? Self.allCases.first(where: { $0.label == text }) {
            self = value
            return
        }
        switch text {
        case "达成", "达成年度指标", "已达成", "完成": self = .achieved
        case "部分达成", "部分达成年度指标", "部分完成": self = .partlyAchieved
        case "未达成", "未达成年度指标", "未完成": self = .notAchieved
        default: return nil
        }
    }

    /// The light of the answer: achieved green, partly yellow, not achieved red.
    public var light: Light {
        switch self {
        case .achieved: return .green
        case .partlyAchieved: return .yellow
        case .notAchieved: return .red
        }
    }
}
