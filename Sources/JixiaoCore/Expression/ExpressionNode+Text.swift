extension Expression {
    /// The formula with every figure shown as its label and value, ready for an
    /// explanation: `在职人数 15 ÷ 编制数 19`. A missing figure shows as `编制数（缺）`.
    public func substitutedText(_ figures: Figures) -> String {
        let dictionary = figures.values
        var out = ""
        root.render(FigureValues(references) { dictionary[$0] }, into: &out)
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

    /// Appends the tree in reading form, substituting values from `figures`.
    func render(_ figures: FigureValues, into out: inout String) {
        switch self {
        case .number(let value):
            out += value.description
        case .figure(let index):
            out += figures.references[index].label
            if let value = figures.values[index] {
                out += " " + DecimalText.figure(value)
            } else {
                out += "（缺）"
            }
        case .negate(let x):
            out += "−"
            x.renderOperand(figures, minimum: 7, into: &out)
        case .not(let x):
            out += "非"
            x.renderOperand(figures, minimum: 3, into: &out)
        case .add(let l, let r): renderBinary(l, " + ", r, figures, into: &out)
        case .subtract(let l, let r): renderBinary(l, " − ", r, figures, into: &out)
        case .multiply(let l, let r): renderBinary(l, " × ", r, figures, into: &out)
        case .divide(let l, let r, _): renderBinary(l, " ÷ ", r, figures, into: &out)
        case .compare(let op, let l, let r): renderBinary(l, " " + op.rawValue + " ", r, figures, into: &out)
        case .and(let l, let r): renderBinary(l, " 且 ", r, figures, into: &out)
        case .or(let l, let r): renderBinary(l, " 或 ", r, figures, into: &out)
        case .minimum(let xs): renderCall("min", xs, figures, into: &out)
        case .maximum(let xs): renderCall("max", xs, figures, into: &out)
        case .absolute(let x): renderCall("abs", [x], figures, into: &out)
        case .conditional(let c, let a, let b): renderCall("if", [c, a, b], figures, into: &out)
        }
    }

    private func renderOperand(_ figures: FigureValues, minimum: Int, into out: inout String) {
        if precedence < minimum {
            out += "("
            render(figures, into: &out)
            out += ")"
        } else {
            render(figures, into: &out)
        }
    }

    private func renderBinary(_ l: ExpressionNode, _ symbol: String, _ r: ExpressionNode,
                              _ figures: FigureValues, into out: inout String) {
        l.renderOperand(figures, minimum: precedence, into: &out)
        out += symbol
        // Left-associative: an equal-precedence right operand needs parentheses (a − (b − c)).
        r.renderOperand(figures, minimum: precedence + 1, into: &out)
    }

    private func renderCall(_ name: String, _ arguments: [ExpressionNode],
                            _ figures: FigureValues, into out: inout String) {
        out += name + "("
        for (index, argument) in arguments.enumerated() {
            if index > 0 { out += ", " }
            argument.render(figures, into: &out)
        }
        out += ")"
    }
}
