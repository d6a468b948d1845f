/// The syntax tree of a parsed formula. Figure names are resolved to canonical
/// ids and the reasons for failures are prepared while parsing, so evaluation
/// does no string work beyond the figure lookups.
indirect enum ExpressionNode: Sendable, Hashable {
    case number(ExactDecimal)
    case figure(FigureReference)
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

    /// Figures named in the tree, in order of first use (by canonical id).
    func collectFigures(into list: inout [FigureReference]) {
        switch self {
        case .number: return
        case .figure(let reference):
            if !list.contains(where: { $0.id == reference.id }) { list.append(reference) }
        case .negate(let x), .not(let x), .absolute(let x):
            x.collectFigures(into: &list)
        case .add(let l, let r), .subtract(let l, let r), .multiply(let l, let r),
             .divide(let l, let r, _), .compare(_, let l, let r), .and(let l, let r), .or(let l, let r):
            l.collectFigures(into: &list)
            r.collectFigures(into: &list)
        case .minimum(let xs), .maximum(let xs):
            for x in xs { x.collectFigures(into: &list) }
        case .conditional(let c, let a, let b):
            c.collectFigures(into: &list)
            a.collectFigures(into: &list)
            b.collectFigures(into: &list)
        }
    }
}
