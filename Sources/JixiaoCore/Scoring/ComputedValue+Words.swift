/// Every computed value explains itself with the figures' Chinese names and then
/// their values, one way for every output (`财政拨款收入预决算差异率 = 财政拨款收入与
/// 财政拨款收入调整预算数之差的绝对值 ÷ 财政拨款收入调整预算数 = 12.30 ÷ 563.02 = 2.18%`).
extension ComputedValue {
    /// How the value is written: a rate when it is named …率 or is a quotient, else a plain number.
    public var kind: NumberKind {
        if name.contains("率") { return .rate }
        if let expression = try? Expression(formula), case .divide = expression.root { return .rate }
        return .plain
    }

    /// The formula with the figures' Chinese names (the formula as written when it does not parse).
    public var formulaInWords: String { (try? Expression(formula))?.words ?? formula }

    /// The value as its kind writes it, nil when not computable.
    public var valueText: String? { value.map { NumberFormat.text($0, kind) } }

    /// `formula in words = the same with values = value` (the explanation without the name).
    public var working: String {
        let text = explanation
        let lead = name + " = "
        return text.hasPrefix(lead) ? String(text.dropFirst(lead.count)) : text
    }

    /// `name = formula in words = the same with values = value`, or why it cannot be computed.
    public var explanation: String {
        guard let expression = try? Expression(formula) else {
            return name + " = " + formula + (valueText.map { " = " + $0 } ?? "：无法计算（" + (reason ?? "") + "）")
        }
        let figures = inputs
        var buffer = TextBuffer(capacity: 160)
        FormulaWords.write(
            name: name, expression: expression,
            figures: FigureValues(expression.references) { figures[$0] },
            value: valueText, reason: reason, into: &buffer)
        return buffer.string
    }
}

/// Writes `name = words = numbers = value`, leaving out a part that repeats the one before it.
enum FormulaWords {
    static func write(
        name: String, expression: Expression, figures: FigureValues, value: String?, reason: String?,
        into buffer: inout TextBuffer
    ) {
        var words = TextBuffer(capacity: 96), numbers = TextBuffer(capacity: 64)
        expression.root.write(.words, figures, into: &words)
        var parts = [name, words.string]
        if let value {
            expression.root.write(.numbers, figures, into: &numbers)
            parts += [numbers.string, value]
        }
        var previous: String?
        for part in parts where !part.isEmpty && part != previous {
            if previous != nil { buffer.append(" = ") }
            buffer.append(part)
            previous = part
        }
        if value == nil { buffer.append("：无法计算（" + (reason ?? "") + "）") }
    }
}
