extension Expression {
    /// The formula with every figure shown as its label and value, ready for an
    /// explanation: `在职人数 15 ÷ 编制数 19`. A missing figure shows as `编制数（缺）`.
    public func substitutedText(_ figures: Figures) -> String {
        let values = figures.values
        var out = ""
        root.render({ values[$0] }, into: &out)
        return out
    }
}

extension ExpressionNode {
    /// Binding strength, for deciding where parentheses are needed.
    private var precedence: Int {
        switch self {
        case .or: return 1
        case .and: return 2
        case .not: return 3
        case .compare: return 4
        case .add, .subtract: return 5
        case .multiply, .divide: return 6
        case .negate: return 7
        default: return 8
        }
    }

    /// Appends the tree in reading form, substituting values from `lookup`.
    func render(_ lookup: (String) -> ExactDecimal?, into out: inout String) {
        switch self {
        case .number(let value):
            out += value.description
        case .figure(let reference):
            out += reference.label
            if let value = reference.value(lookup) {
                out += " " + DecimalText.figure(value)
            } else {
                out += "（缺）"
            }
        case .negate(let x):
            out += "−"
            x.renderOperand(lookup, minimum: 7, into: &out)
        case .not(let x):
            out += "非"
            x.renderOperand(lookup, minimum: 3, into: &out)
        case .add(let l, let r): renderBinary(l, " + ", r, lookup, into: &out)
        case .subtract(let l, let r): renderBinary(l, " − ", r, lookup, into: &out)
        case .multiply(let l, let r): renderBinary(l, " × ", r, lookup, into: &out)
        case .divide(let l, let r, _): renderBinary(l, " ÷ ", r, lookup, into: &out)
        case .compare(let op, let l, let r): renderBinary(l, " " + op.rawValue + " ", r, lookup, into: &out)
        case .and(let l, let r): renderBinary(l, " 且 ", r, lookup, into: &out)
        case .or(let l, let r): renderBinary(l, " 或 ", r, lookup, into: &out)
        case .minimum(let xs): renderCall("min", xs, lookup, into: &out)
        case .maximum(let xs): renderCall("max", xs, lookup, into: &out)
        case .absolute(let x): renderCall("abs", [x], lookup, into: &out)
        case .conditional(let c, let a, let b): renderCall("if", [c, a, b], lookup, into: &out)
        }
    }

    private func renderOperand(_ lookup: (String) -> ExactDecimal?, minimum: Int, into out: inout String) {
        if precedence < minimum {
            out += "("
            render(lookup, into: &out)
            out += ")"
        } else {
            render(lookup, into: &out)
        }
    }

    private func renderBinary(_ l: ExpressionNode, _ symbol: String, _ r: ExpressionNode,
                              _ lookup: (String) -> ExactDecimal?, into out: inout String) {
        l.renderOperand(lookup, minimum: precedence, into: &out)
        out += symbol
        // Left-associative: an equal-precedence right operand needs parentheses (a − (b − c)).
        r.renderOperand(lookup, minimum: precedence + 1, into: &out)
    }

    private func renderCall(_ name: String, _ arguments: [ExpressionNode],
                            _ lookup: (String) -> ExactDecimal?, into out: inout String) {
        out += name + "("
        for (index, argument) in arguments.enumerated() {
            if index > 0 { out += ", " }
            argument.render(lookup, into: &out)
        }
        out += ")"
    }
}
