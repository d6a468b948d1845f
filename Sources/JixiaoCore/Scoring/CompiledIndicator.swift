/// A framework node prepared once per `Scorer`: formulas parsed, names resolved,
/// field paths and the rule kind built, so scoring an evaluation does no parsing.
/// A class so that walking the tree retains nodes instead of copying their fields.
final class CompiledIndicator: Sendable {
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
    /// Name, field paths and value style shared by every evaluation's leaf.
    let info: LeafInfo
    /// Position among the framework's leaves (depth first); -1 for headings.
    let leafIndex: Int
    /// Id, name, level, maximum and rule kind, as every scored record shows them.
    let facts: NodeFacts
    /// Index of `facts` in `Scorer.nodeFacts`.
    let factsIndex: Int32
    /// A leaf scored by the self-score alone: a manual rule (or none) and no value formula.
    let isEnteredScore: Bool

    /// Compiles `indicator`; `leaves` collects the leaves in depth-first order.
    init(
        _ indicator: Indicator, level: Int, parameters: FrameworkParameters, kind: EvaluationKind,
        leaves: inout [(id: String, name: String)], figures: inout FigureTable, facts allFacts: inout [NodeFacts]
    ) {
        id = indicator.id
        name = indicator.name
        max = indicator.max
        fromTargets = indicator.fromTargets
        var children: [CompiledIndicator] = []
        for child in indicator.children {
            children.append(
                CompiledIndicator(
                    child, level: level + 1, parameters: parameters, kind: kind,
                    leaves: &leaves, figures: &figures, facts: &allFacts))
        }
        self.children = children
        if indicator.isLeaf {
            leafIndex = leaves.count
            leaves.append((indicator.id, indicator.name))
        } else {
            leafIndex = -1
        }
        let isExecutionRate = kind == .project && indicator.isLeaf && indicator.name == Framework.executionRateName
        let valueText = indicator.value ?? (isExecutionRate ? Framework.executionRateFormula(parameters) : nil)
        rule = indicator.rule ?? (isExecutionRate ? Framework.executionRateRule : nil)
        ruleKind = indicator.isLeaf ? (rule?.kindName ?? "none") : nil
        value = valueText.map { CompiledFormula($0, figures: &figures, leafName: indicator.name) }
        switch rule {
        case .manual?, nil: isEnteredScore = indicator.isLeaf && value == nil && !indicator.fromTargets
        default: isEnteredScore = false
        }
        if case .proportional(_, let target?, _) = rule {
            self.target = CompiledFormula(target, figures: &figures)
        } else {
            target = nil
        }
        let style: ValueStyle = indicator.name.contains("率") || value?.isDivision == true ? .rate : .figure(unit: "")
        let field = "indicators." + indicator.id
        facts = NodeFacts(id: id, name: name, level: level, max: max, ruleKind: ruleKind)
        factsIndex = Int32(allFacts.count)
        allFacts.append(facts)
        info = LeafInfo(
            id: id, name: name, max: max, field: field, noteField: field + ".note", style: style,
            ruleKind: ruleKind, rule: rule)
    }
}

/// A formula parsed once, with the slots of its figures in the scorer's
/// `FigureTable`, or the reason it could not be parsed.
enum CompiledFormula: Sendable {
    case parsed(FormulaPlan)
    case invalid(String)

    /// `text` parsed; `leafName` names the leaf whose value it computes (empty for a target).
    init(_ text: String, figures: inout FigureTable, leafName: String = "") {
        do {
            let expression = try Expression(text)
            self = .parsed(FormulaPlan(expression: expression, slots: figures.slots(of: expression), name: leafName))
        } catch {
            self = .invalid("公式“" + text + "”有误：" + error.description)
        }
    }

    /// True when the formula is a quotient (a rate).
    var isDivision: Bool {
        if case .parsed(let plan) = self, case .divide = plan.expression.root { return true }
        return false
    }
}

/// A parsed formula with the slots of its figures in the scorer's `FigureTable`.
/// A class: an evaluation's computed values and explanations point at it instead
/// of copying (and retaining) the expression's parts.
final class FormulaPlan: Sendable {
    let expression: Expression
    let slots: [Int32]
    /// The leaf whose value the formula computes (empty for a target).
    let name: String
    /// `figures.<id>` of each reference, for findings.
    let fields: [String]

    init(expression: Expression, slots: [Int32], name: String) {
        self.expression = expression
        self.slots = slots
        self.name = name
        fields = expression.references.map { "figures." + $0.id }
    }

    /// `figures.<id>` of the first figure the evaluation lacks under its canonical id
    /// (`figures`, whose table is `table`), if any. The table answers for a figure
    /// found under no spelling; only one found under another spelling than its id
    /// needs a look in the dictionary.
    func missingField(_ table: [ExactDecimal?], _ figures: Figures) -> String? {
        for (index, reference) in expression.references.enumerated() {
            if table[Int(slots[index])] == nil
                || (!reference.alternates.isEmpty && figures.values[reference.id] == nil)
            {
                return fields[index]
            }
        }
        return nil
    }

    /// The figures of one evaluation, from its figure table.
    @inline(__always)
    func values(_ table: [ExactDecimal?]) -> FigureValues {
        FigureValues(references: expression.references, table: table, slots: slots)
    }
}
