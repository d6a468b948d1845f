/// A framework node prepared once per `Scorer`: formulas parsed, names resolved,
/// field paths and the rule kind built, so scoring an evaluation does no parsing.
struct CompiledIndicator: Sendable {
    let id: String
    let name: String
    let max: ExactDecimal
    let children: [CompiledIndicator]
    let fromTargets: Bool
    let rule: ScoringRule?
    /// `proportional`, `bands` … for leaves.
    let ruleKind: String?
    let value: CompiledFormula?
    let target: CompiledFormula?
    /// Values are fractions shown as percentages.
    let isRate: Bool
    /// `indicators.<id>`.
    let field: String

    init(_ indicator: Indicator, parameters: FrameworkParameters, kind: EvaluationKind) {
        id = indicator.id
        name = indicator.name
        max = indicator.max
        fromTargets = indicator.fromTargets
        children = indicator.children.map { CompiledIndicator($0, parameters: parameters, kind: kind) }
        field = "indicators." + indicator.id
        let isExecutionRate = kind == .project && indicator.isLeaf && indicator.name == Framework.executionRateName
        let valueText = indicator.value ?? (isExecutionRate ? Framework.executionRateFormula(parameters) : nil)
        rule = indicator.rule ?? (isExecutionRate ? Framework.executionRateRule : nil)
        ruleKind = indicator.isLeaf ? (rule?.kind ?? "none") : nil
        value = valueText.map(CompiledFormula.init)
        if case .proportional(_, let target?, _) = rule {
            self.target = CompiledFormula(target)
        } else {
            target = nil
        }
        isRate = indicator.name.contains("率") || value?.isDivision == true
    }
}

/// A formula parsed once, or the reason it could not be.
enum CompiledFormula: Sendable {
    case parsed(Expression)
    case invalid(String)

    init(_ text: String) {
        do {
            self = .parsed(try Expression(text))
        } catch {
            self = .invalid("公式“" + text + "”有误：" + error.description)
        }
    }

    /// True when the formula is a quotient (a rate).
    var isDivision: Bool {
        if case .parsed(let expression) = self, case .divide = expression.root { return true }
        return false
    }
}
