/// A formula over figures, parsed once and evaluated many times.
///
/// The language: exact decimal `+ - * /` (also × ÷), unary minus, parentheses,
/// comparisons `< <= > >= = == != ≥ ≤ ≠`, `and or not` (`&& || !`), `min`, `max`,
/// `abs`, `if(cond, a, b)`, numbers (`1174.46`, `10%` = 0.1) and figure names —
/// ids (`budgetAdjusted`) or Chinese labels (`在职人数`); names with other
/// characters go in backticks, 「」 or “” (`“三公”经费预算数` reads 三公经费预算数).
/// Full-width forms (１２３ ＜ ＝ （）％) are accepted.
///
/// A missing figure or a zero divisor gives `.notComputable` with the reason,
/// never 0 and never a crash. Types are checked when parsing: arithmetic on a
/// comparison, or `and` on numbers, is a parse error.
public struct Expression: Sendable, Hashable {
    /// The formula as written.
    public let text: String
    let root: ExpressionNode
    let resultType: ExpressionNode.ValueType
    let references: [FigureReference]

    /// Parses `text`; the error names the column of the problem.
    public init(_ text: String) throws(ExpressionError) {
        var parser = try ExpressionParser(text: text)
        let parsed = try parser.parse()
        self.text = text
        root = parsed.node
        resultType = parsed.type
        var references: [FigureReference] = []
        parsed.node.collectFigures(into: &references)
        self.references = references
    }

    /// The figure names used, as written, in order of first use (one per figure).
    public var figureNames: [String] { references.map(\.written) }

    /// The canonical ids of the figures used (catalogue id, else the name), in order of first use.
    public var figureIDs: [String] { references.map(\.id) }

    /// True when the formula yields a truth value (a comparison) rather than a number.
    public var isCondition: Bool { resultType == .truth }

    /// Evaluates with figures from `lookup`, which receives canonical ids first
    /// (`staffActual`) and then the name as written when the id is absent.
    public func evaluate(_ lookup: (String) -> ExactDecimal?) -> Computation {
        root.evaluate(lookup)
    }

    /// Evaluates with the figures of an evaluation.
    public func evaluate(_ figures: Figures) -> Computation {
        let values = figures.values
        return root.evaluate { values[$0] }
    }

    public static func == (lhs: Expression, rhs: Expression) -> Bool { lhs.text == rhs.text }
    public func hash(into hasher: inout Hasher) { hasher.combine(text) }
}
