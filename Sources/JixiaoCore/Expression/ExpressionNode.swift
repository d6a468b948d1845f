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

/// The figures of one evaluation of an expression: reference `i` reads
/// `table[slots[i]]`. Standalone evaluations look up their own references
/// (`slots` is the identity); a `Scorer` looks every figure its formulas use
/// up once per evaluation into one table, which each formula reads through
/// its slots without an array of its own.
struct FigureValues: Sendable {
    let references: [FigureReference]
    let table: [ExactDecimal?]
    let slots: [Int32]

    init(_ references: [FigureReference], _ lookup: (String) -> ExactDecimal?) {
        self.references = references
        table = references.map { $0.value(lookup) }
        slots = references.count <= Self.identity.count ? Self.identity : (0..<Int32(references.count)).map { $0 }
    }

    init(references: [FigureReference], table: [ExactDecimal?], slots: [Int32]) {
        self.references = references
        self.table = table
        self.slots = slots
    }

    /// The value of reference `index`, nil when the evaluation lacks it.
    @inline(__always)
    subscript(index: Int) -> ExactDecimal? { table[Int(slots[index])] }

    private static let identity: [Int32] = (0..<64).map { $0 }
}
