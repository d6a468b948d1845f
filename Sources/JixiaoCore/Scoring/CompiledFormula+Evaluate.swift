extension CompiledFormula {
    /// The formula's value from the evaluation's figure table (`FigureTable.values`),
    /// or why there is none (including a formula that did not parse).
    func evaluate(_ table: [ExactDecimal?]) -> Computation {
        switch self {
        case .parsed(let expression, let slots):
            return expression.root.evaluate(FigureValues(references: expression.references, table: table, slots: slots))
        case .invalid(let message): return .notComputable(message)
        }
    }
}
