/// The syntax tree of a parsed formula. Figure names are resolved to canonical
/// ids and the reasons for failures are prepared while parsing; figures are
/// looked up once per evaluation into `FigureValues`, so evaluating the tree
/// does no string work at all.
indirect enum ExpressionNode: Sendable {
    case number(ExactDecimal)
    /// A figure, by its index in the expression's `references`.
    case figure(Int)
    case negate(ExpressionNode)
    case add(ExpressionNode, ExpressionNode)
    case subtract(ExpressionNode, ExpressionNode)
    case multiply(ExpressionNode, ExpressionNode)
    /// `zeroReason` is the ready message when the divisor is zero.
    case divide(ExpressionNode, ExpressionNode, zeroReason: String)
    case compare(ComparisonOperator, ExpressionNode, ExpressionNode)
    case and(ExpressionNode, ExpressionNode)
    case or(ExpressionNode, ExpressionNode)
    case not(ExpressionNode)
    case minimum([ExpressionNode])
    case maximum([ExpressionNode])
    case absolute(ExpressionNode)
    /// `if(condition, then, else)`: only the chosen branch is evaluated.
    case conditional(ExpressionNode, ExpressionNode, ExpressionNode)

    /// Whether the node yields a number or a truth value (checked while parsing).
    enum ValueType: Sendable { case number, truth }
}

/// The figures of one evaluation of an expression, looked up once, by reference index.
struct FigureValues {
    let references: [FigureReference]
    let values: [ExactDecimal?]

    init(_ references: [FigureReference], _ lookup: (String) -> ExactDecimal?) {
        self.references = references
        values = references.map { $0.value(lookup) }
    }
}
