extension CompiledFormula {
    /// The formula's value from the evaluation's figure table (`FigureTable.values`),
    /// or why there is none (including a formula that did not parse).
    func evaluate(_ table: [ExactDecimal?]) -> Computation {
        switch self {
        case .parsed(let plan):
            return plan.expression.root.evaluate(plan.values(table))
        case .invalid(let message): return .notComputable(message)
        }
    }
}
