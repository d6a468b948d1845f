/// 指标性质: how an actual value is compared with its target.
public enum Direction: String, Codable, Sendable, CaseIterable {
    case atLeast = "≥"
    case greaterThan = "＞"
    case equal = "＝"
    case lessThan = "＜"
    case atMost = "≤"
    case qualitative = "定性"

    /// Reads the symbol in any of its spellings: ≥ >= ＞ > = ＝ ＜ < ≤ <= 定性, LaTeX \geq \leq.
    public init?(symbol: String) {
        let s = HalfWidth.fold(symbol).trimmedSpaces
        switch s {
        case "≥", ">=", "\\geq", "\\ge", "不低于", "不少于", "大于等于": self = .atLeast
        case ">", "大于", "高于": self = .greaterThan
        case "=", "等于", "==": self = .equal
        case "<", "小于", "低于": self = .lessThan
        case "≤", "<=", "\\leq", "\\le", "不高于", "不超过", "不多于", "小于等于": self = .atMost
        case "定性": self = .qualitative
        default: return nil
        }
    }

    /// True for ≥ and ＞ (正向, higher is better).
    public var isHigherBetter: Bool { self == .atLeast || self == .greaterThan }
    /// True for ≤ and ＜ (反向, lower is better).
    public var isLowerBetter: Bool { self == .atMost || self == .lessThan }
}

extension String {
    /// The text without leading and trailing spaces (ASCII, ideographic, no-break) and newlines.
    public var trimmedSpaces: String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s = s.dropFirst() }
        while let l = s.last, l.isWhitespace { s = s.dropLast() }
        return String(s)
    }
}
