/// 全年完成目标可能性, as the monitoring table asks it.
public enum Likelihood: String, Codable, Sendable, CaseIterable {
    case certain = "确定能"
    case possible = "有可能"
    case impossible = "完全不可能"

    /// Reads the answer as written (确定能, 有可能, 完全不可能) or as its English name.
    public init?(answer: String) {
        let text = answer.trimmedSpaces
        guard let value = Self(rawValue: text) ?? Self.allCases.first(where: { "\($0)" == text }) else { return nil }
        self = value
    }
}
