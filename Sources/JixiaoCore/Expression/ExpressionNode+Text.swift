extension Expression {
    /// The formula with every figure shown as its label and value, ready for an
    /// explanation: `在职人数 15 ÷ 编制数 19`. A missing figure shows as `编制数（缺）`.
    public func substitutedText(_ figures: Figures) -> String {
        var buffer = TextBuffer()
        renderSubstituted(figures, into: &buffer)
        return buffer.string
    }

    func renderSubstituted(_ figures: Figures, into buffer: inout TextBuffer) {
        let dictionary = figures.values
        root.render(FigureValues(references) { dictionary[$0] }, into: &buffer)
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
    func render(_ figures: FigureValues, into out: inout TextBuffer) {
        switch self {
        case .number(let value):
            out.append(value.description)
        case .figure(let index):
            out.append(figures.references[index].label)
            if let value = figures[index] {
                out.append(byte: UInt8(ascii: " "))
                out.append(NumberFormat.text(value, figures.references[index].kind))
            } else {
                out.append("（缺）")
            }
        case .negate(let x):
            out.append("−")
            x.renderOperand(figures, minimum: 7, into: &out)
        case .not(let x):
            out.append("非")
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

    private func renderOperand(_ figures: FigureValues, minimum: Int, into out: inout TextBuffer) {
        if precedence < minimum {
            out.append("(")
            render(figures, into: &out)
            out.append(")")
        } else {
            render(figures, into: &out)
        }
    }

    private func renderBinary(
        _ l: ExpressionNode, _ symbol: String, _ r: ExpressionNode,
        _ figures: FigureValues, into out: inout TextBuffer
    ) {
        l.renderOperand(figures, minimum: precedence, into: &out)
        out.append(symbol)
        // Left-associative: an equal-precedence right operand needs parentheses (a − (b − c)).
        r.renderOperand(figures, minimum: precedence + 1, into: &out)
    }

    private func renderCall(
        _ name: String, _ arguments: [ExpressionNode],
        _ figures: FigureValues, into out: inout TextBuffer
    ) {
        out.append(name)
        out.append("(")
        for (index, argument) in arguments.enumerated() {
            if index > 0 { out.append(", ") }
            argument.render(figures, into: &out)
        }
        out.append(")")
    }
}
