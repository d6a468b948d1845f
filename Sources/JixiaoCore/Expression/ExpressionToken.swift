/// One lexical token of a formula, with the 1-based character column it starts at.
struct ExpressionToken: Sendable, Hashable {
    enum Kind: Sendable, Hashable {
        case number(ExactDecimal)
        /// A figure or function name: `written` as in the text (quotes kept),
        /// `bare` with quotes removed (what is looked up).
        case name(written: String, bare: String)
        case plus, minus, times, divide
        case comparison(ComparisonOperator)
        case and, or, not
        case leftParen, rightParen, comma
        case end
    }

    var kind: Kind
    var column: Int
    /// The token's text as written (for messages).
    var text: String
}

/// The six comparisons of the language.
enum ComparisonOperator: String, Sendable, Hashable {
    case less = "<"
    case lessOrEqual = "≤"
    case greater = ">"
    case greaterOrEqual = "≥"
    case equal = "="
    case notEqual = "≠"

    func holds(_ lhs: ExactDecimal, _ rhs: ExactDecimal) -> Bool {
        switch self {
        case .less: return lhs < rhs
        case .lessOrEqual: return lhs <= rhs
        case .greater: return lhs > rhs
        case .greaterOrEqual: return lhs >= rhs
        case .equal: return lhs == rhs
        case .notEqual: return lhs != rhs
        }
    }
}
