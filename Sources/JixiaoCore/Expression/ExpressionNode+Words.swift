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

    /// The formula's outer operation with its operands' values: what lies deeper is
    /// shown as the value it comes to (`|575.32 − 563.02| ÷ 563.02` reads `12.30 ÷ 563.02`),
    /// as a finance officer writes a calculation.
    private func writeNumbers(_ figures: FigureValues, depth: Int, into out: inout TextBuffer) {
        switch self {
        case .number(let value):
            out.append(NumberFormat.text(value, .plain))
        case .figure(let index):
            let reference = figures.references[index]
            out.append(figures[index].map { NumberFormat.text($0, reference.kind) } ?? reference.label + "（缺）")
        case .add(let l, let r), .subtract(let l, let r), .multiply(let l, let r), .divide(let l, let r, _),
             .compare(_, let l, let r), .and(let l, let r), .or(let l, let r):
            guard depth == 0 else { return writeValue(figures, into: &out) }
            let symbol: String
            switch self {
            case .add: symbol = " + "
            case .subtract: symbol = " − "
            case .multiply: symbol = " × "
            case .divide: symbol = " ÷ "
            case .compare(let op, _, _): symbol = " " + op.rawValue + " "
            case .and: symbol = " 且 "
            default: symbol = " 或 "
            }
            l.writeNumbers(figures, depth: depth + 1, into: &out)
            out.append(symbol)
            r.writeNumbers(figures, depth: depth + 1, into: &out)
        case .minimum(let xs) where depth == 0, .maximum(let xs) where depth == 0:
            // min(执行数 ÷ 预算数, 1) reads （95.00 ÷ 100.00、1中的较小者）.
            out.append("（")
            for (index, x) in xs.enumerated() {
                if index > 0 { out.append("、") }
                x.writeNumbers(figures, depth: 0, into: &out)
            }
            if case .minimum = self { out.append("中的较小者）") } else { out.append("中的较大者）") }
        case .absolute, .negate, .not, .minimum, .maximum, .conditional:
            writeValue(figures, into: &out)
        }
    }

    /// The node's value as its figures' kind writes it, or the names of what is missing.
    private func writeValue(_ figures: FigureValues, into out: inout TextBuffer) {
        switch evaluate(figures) {
        case .value(let value): out.append(NumberFormat.text(value, valueKind(figures)))
        case .bool(let truth): out.append(truth ? "是" : "否")
        case .notComputable: write(.words, figures, into: &out)
        }
    }

    /// Sums, differences and absolute values of figures of one kind are of that kind; anything else is plain.
    private func valueKind(_ figures: FigureValues) -> NumberKind {
        var kinds: Set<NumberKind> = []
        func collect(_ node: ExpressionNode) -> Bool {
            switch node {
            case .figure(let index): kinds.insert(figures.references[index].kind); return true
            case .number: return true
            case .add(let l, let r), .subtract(let l, let r): return collect(l) && collect(r)
            case .absolute(let x), .negate(let x): return collect(x)
            case .minimum(let xs), .maximum(let xs): return xs.allSatisfy(collect)
            default: return false
            }
        }
        guard collect(self), kinds.count == 1, let kind = kinds.first else { return .plain }
        return kind
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

    private func binary(_ l: ExpressionNode, _ symbol: String, _ r: ExpressionNode, _ style: FormulaStyle,
                        _ figures: FigureValues, into out: inout TextBuffer) {
        l.operand(style, figures, minimum: strength, into: &out)
        out.append(symbol)
        // Left-associative: an equal-strength right operand needs parentheses (a − (b − c)).
        r.operand(style, figures, minimum: strength + 1, into: &out)
    }

    private func list(_ xs: [ExpressionNode], _ ending: String, _ style: FormulaStyle, _ figures: FigureValues,
                      into out: inout TextBuffer) {
        out.append("（")
        for (index, x) in xs.enumerated() {
            if index > 0 { out.append("、") }
            x.write(style, figures, into: &out)
        }
        out.append(ending)
        out.append("）")
    }
}
