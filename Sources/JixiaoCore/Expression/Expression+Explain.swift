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
        let dictionary = figures.values
        let values = FigureValues(references) { dictionary[$0] }
        let inputs = FiguresUsed.looked(values)
        let result = root.evaluate(values)
        return (ComputedValue(name: name ?? text, formula: text, result: result, used: inputs), result)
    }
}
