extension FrameworkValidator {
    struct FormulaProblem {
        var field: String
        var message: String
    }

    /// Formulas (the leaf's `value`, a proportional `target`) that do not parse or name unknown figures.
    func formulaProblems(_ indicator: Indicator) -> [FormulaProblem] {
        var problems: [FormulaProblem] = []
        if let value = indicator.value { problems += check(value, field: "value") }
        if case .proportional(_, let target?, _) = indicator.rule, ExactDecimal(target) == nil {
            problems += check(target, field: "rule")
        }
        return problems
    }

    private func check(_ formula: String, field: String) -> [FormulaProblem] {
        let expression: Expression
        do {
            expression = try Expression(formula)
        } catch {
            return [
                FormulaProblem(
                    field: field,
                    message: FrameworkMessages.formulaSyntax(
                        formula, column: error.column, reason: error.message))
            ]
        }
        return zip(expression.figureIDs, expression.figureNames)
            .filter { FigureCatalog.definition($0.0) == nil }
            .map { FormulaProblem(field: field, message: FrameworkMessages.unknownFigure($0.1, formula: formula)) }
    }
}
