extension Expression {
    /// The value with the figures it used, keyed by canonical figure id
    /// (`FigureCatalog.label(_:)` gives the Chinese label; ids hash fast, labels
    /// do not), ready to show; `name` defaults to the formula.
    ///
    /// A formula that yields a truth value has no number: `value` is nil and
    /// `reason` says 结果为“是” or 结果为“否”.
    public func explain(_ figures: Figures, name: String? = nil) -> ComputedValue {
        explainWithResult(figures, name: name).value
    }

    /// The explanation and the raw result, from one evaluation.
    func explainWithResult(_ figures: Figures, name: String? = nil) -> (value: ComputedValue, result: Computation) {
        let values = figures.values
        let lookup: (String) -> ExactDecimal? = { values[$0] }
        var inputs: [String: ExactDecimal] = [:]
        for reference in references {
            if let value = reference.value(lookup) { inputs[reference.id] = value }
        }
        let result = root.evaluate(lookup)
        let shown = name ?? text
        switch result {
        case .value(let value):
            return (ComputedValue(name: shown, formula: text, inputs: inputs, value: value), result)
        case .bool(let truth):
            return (ComputedValue(name: shown, formula: text, inputs: inputs, value: nil,
                                  reason: truth ? "结果为“是”" : "结果为“否”"), result)
        case .notComputable(let reason):
            return (ComputedValue(name: shown, formula: text, inputs: inputs, value: nil, reason: reason), result)
        }
    }
}
