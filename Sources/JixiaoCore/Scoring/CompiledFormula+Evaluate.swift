extension CompiledFormula {
    /// The formula's value, or why there is none (including a formula that did not parse).
    func evaluate(_ figures: Figures) -> Computation {
        switch self {
        case .parsed(let expression): return expression.evaluate(figures)
        case .invalid(let message): return .notComputable(message)
        }
    }
}
