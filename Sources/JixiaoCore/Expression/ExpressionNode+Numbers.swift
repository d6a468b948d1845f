extension ExpressionNode {
    /// The formula's outer operation with its operands' values: what lies deeper is
    /// shown as the value it comes to (`|575.32 − 563.02| ÷ 563.02` reads `12.30 ÷ 563.02`),
    /// as a finance officer writes a calculation.
    func writeNumbers(_ figures: FigureValues, depth: Int, into out: inout TextBuffer) {
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
}
