/// The result of evaluating a formula: a number, a truth value, or the reason
/// it cannot be computed (a missing figure, a zero divisor). Never a silent 0.
public enum Computation: Sendable, Hashable {
    case value(ExactDecimal)
    case bool(Bool)
    /// Why it cannot be computed, in Chinese: `缺少数据“编制数”`, `除数“编制数”为零`.
    case notComputable(String)

    /// The number, when the result is one.
    public var decimal: ExactDecimal? {
        if case .value(let value) = self { return value }
        return nil
    }

    /// The truth value, when the result is one.
    public var truth: Bool? {
        if case .bool(let value) = self { return value }
        return nil
    }

    /// The reason, when the result is not computable.
    public var reason: String? {
        if case .notComputable(let reason) = self { return reason }
        return nil
    }
}
