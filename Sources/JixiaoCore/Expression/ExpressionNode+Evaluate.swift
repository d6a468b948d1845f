extension ExpressionNode {
    /// Evaluates the tree. Arithmetic that would overflow is not computable.
    func evaluate(_ figures: FigureValues) -> Computation {
        switch self {
        case .number(let value):
            return .value(value)
        case .figure(let index):
            guard let value = figures[index] else { return .notComputable(figures.references[index].missingReason) }
            return .value(value)
        case .negate(let x):
            return x.numeric(figures) { value in
                let (result, overflow) = Int128.zero.subtractingReportingOverflow(value.units)
                return overflow ? nil : ExactDecimal(units: result)
            }
        case .add(let l, let r):
            return Self.combine(l, r, figures) { a, b in
                let (sum, overflow) = a.units.addingReportingOverflow(b.units)
                return overflow ? nil : ExactDecimal(units: sum)
            }
        case .subtract(let l, let r):
            return Self.combine(l, r, figures) { a, b in
                let (difference, overflow) = a.units.subtractingReportingOverflow(b.units)
                return overflow ? nil : ExactDecimal(units: difference)
            }
        case .multiply(let l, let r):
            return Self.combine(l, r, figures) { a, b in a.multiplied(by: b) }
        case .divide(let l, let r, let zeroReason):
            let dividend = l.evaluate(figures)
            guard case .value(let a) = dividend else { return dividend }
            let divisor = r.evaluate(figures)
            guard case .value(let b) = divisor else { return divisor }
            if b.isZero { return .notComputable(zeroReason) }
            guard let quotient = a.divided(by: b) else { return .notComputable(ExpressionMessages.overflow) }
            return .value(quotient)
        case .compare(let op, let l, let r):
            let left = l.evaluate(figures)
            guard case .value(let a) = left else { return left }
            let right = r.evaluate(figures)
            guard case .value(let b) = right else { return right }
            return .bool(op.holds(a, b))
        case .and(let l, let r):
            let left = l.evaluate(figures)
            guard case .bool(true) = left else { return left }
            return r.evaluate(figures)
        case .or(let l, let r):
            let left = l.evaluate(figures)
            guard case .bool(false) = left else { return left }
            return r.evaluate(figures)
        case .not(let x):
            let inner = x.evaluate(figures)
            guard case .bool(let truth) = inner else { return inner }
            return .bool(!truth)
        case .minimum(let xs):
            return Self.extreme(xs, figures, keepFirst: <)
        case .maximum(let xs):
            return Self.extreme(xs, figures, keepFirst: >)
        case .absolute(let x):
            return x.numeric(figures) { value in
                guard value.units != Int128.min else { return nil }
                return value.magnitude
            }
        case .conditional(let c, let a, let b):
            let condition = c.evaluate(figures)
            guard case .bool(let truth) = condition else { return condition }
            return truth ? a.evaluate(figures) : b.evaluate(figures)
        }
    }

    private func numeric(
        _ figures: FigureValues,
        _ transform: (ExactDecimal) -> ExactDecimal?
    ) -> Computation {
        let inner = evaluate(figures)
        guard case .value(let value) = inner else { return inner }
        guard let result = transform(value) else { return .notComputable(ExpressionMessages.overflow) }
        return .value(result)
    }

    private static func combine(
        _ l: ExpressionNode, _ r: ExpressionNode, _ figures: FigureValues,
        _ operation: (ExactDecimal, ExactDecimal) -> ExactDecimal?
    ) -> Computation {
        let left = l.evaluate(figures)
        guard case .value(let a) = left else { return left }
        let right = r.evaluate(figures)
        guard case .value(let b) = right else { return right }
        guard let result = operation(a, b) else { return .notComputable(ExpressionMessages.overflow) }
        return .value(result)
    }

    private static func extreme(
        _ xs: [ExpressionNode], _ figures: FigureValues,
        keepFirst: (ExactDecimal, ExactDecimal) -> Bool
    ) -> Computation {
        var best: ExactDecimal?
        for x in xs {
            let result = x.evaluate(figures)
            guard case .value(let value) = result else { return result }
            if let current = best, !keepFirst(value, current) { continue }
            best = value
        }
        guard let best else { return .notComputable(ExpressionMessages.missingOperand) }
        return .value(best)
    }
}
