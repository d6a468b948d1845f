extension FrameworkValidator {
    struct FormulaProblem {
        var field: String
        var message: String
    }

    /// Formulas that do not parse or name unknown figures (filled in with the expression language).
    func formulaProblems(_ indicator: Indicator) -> [FormulaProblem] { [] }
}
