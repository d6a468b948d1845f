/// How a formula is written for people: with the figures' Chinese names, or
/// with their values only (each value as its figure's kind writes it).
enum FormulaStyle {
    case words
    case numbers
}

extension Expression {
    /// The formula in words: `财政拨款收入与财政拨款收入调整预算数之差的绝对值 ÷ 财政拨款收入调整预算数`.
    public var words: String {
        var buffer = TextBuffer()
        root.write(.words, FigureValues(references) { _ in nil }, into: &buffer)
        return buffer.string
    }

    /// The formula with the values of `inputs` (by canonical id), one operation deep: `12.30 ÷ 563.02`.
    public func numbers(_ inputs: [String: ExactDecimal]) -> String {
        var buffer = TextBuffer()
        root.write(.numbers, FigureValues(references) { inputs[$0] }, into: &buffer)
        return buffer.string
    }
}

extension ExpressionNode {
    /// Binding strength, for deciding where parentheses are needed.
    private var strength: Int {
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

    private var isAtom: Bool {
        switch self {
        case .number, .figure: return true
        default: return false
        }
    }

    /// Appends the formula as `style` writes it.
    func write(_ style: FormulaStyle, _ figures: FigureValues, into out: inout TextBuffer) {
        if style == .numbers { return writeNumbers(figures, depth: 0, into: &out) }
        switch self {
        case .number(let value):
            out.append(NumberFormat.text(value, .plain))
        case .figure(let index):
            out.append(figures.references[index].label)
        case .negate(let x):
            out.append("−")
            x.operand(style, figures, minimum: 7, into: &out)
        case .not(let x):
            out.append("并非")
            x.operand(style, figures, minimum: 3, into: &out)
        case .add(let l, let r): binary(l, " + ", r, style, figures, into: &out)
        case .subtract(let l, let r): binary(l, " − ", r, style, figures, into: &out)
        case .multiply(let l, let r): binary(l, " × ", r, style, figures, into: &out)
        case .divide(let l, let r, _): binary(l, " ÷ ", r, style, figures, into: &out)
        case .compare(let op, let l, let r): binary(l, " " + op.rawValue + " ", r, style, figures, into: &out)
        case .and(let l, let r): binary(l, " 且 ", r, style, figures, into: &out)
        case .or(let l, let r): binary(l, " 或 ", r, style, figures, into: &out)
        case .minimum(let xs): list(xs, "中的较小者", style, figures, into: &out)
        case .maximum(let xs): list(xs, "中的较大者", style, figures, into: &out)
        case .absolute(let x):
            if case .subtract(let l, let r) = x, l.isAtom, r.isAtom {
                l.write(style, figures, into: &out)
                out.append("与")
                r.write(style, figures, into: &out)
                out.append("之差的绝对值")
            } else {
                out.append("（")
                x.write(style, figures, into: &out)
                out.append("）的绝对值")
            }
        case .conditional(let c, let a, let b):
            out.append("（若")
            c.write(style, figures, into: &out)
            out.append("则取")
            a.write(style, figures, into: &out)
            out.append("，否则取")
            b.write(style, figures, into: &out)
            out.append("）")
        }
    }

    private func operand(_ style: FormulaStyle, _ figures: FigureValues, minimum: Int, into out: inout TextBuffer) {
        if strength < minimum {
            out.append("(")
            write(style, figures, into: &out)
            out.append(")")
        } else {
            write(style, figures, into: &out)
        }
    }

    private func binary(
        _ l: ExpressionNode, _ symbol: String, _ r: ExpressionNode, _ style: FormulaStyle,
        _ figures: FigureValues, into out: inout TextBuffer
    ) {
        l.operand(style, figures, minimum: strength, into: &out)
        out.append(symbol)
        // Left-associative: an equal-strength right operand needs parentheses (a − (b − c)).
        r.operand(style, figures, minimum: strength + 1, into: &out)
    }

    private func list(
        _ xs: [ExpressionNode], _ ending: String, _ style: FormulaStyle, _ figures: FigureValues,
        into out: inout TextBuffer
    ) {
        out.append("（")
        for (index, x) in xs.enumerated() {
            if index > 0 { out.append("、") }
            x.write(style, figures, into: &out)
        }
        out.append(ending)
        out.append("）")
    }
}
