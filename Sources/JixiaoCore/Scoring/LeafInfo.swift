/// What stays the same about a leaf from one evaluation to the next: its name,
/// maximum, field paths, value style and rule kind. Built once per framework
/// leaf (per target for `fromTargets` headings); a class so that scoring an
/// evaluation retains one reference instead of copying every string.
final class LeafInfo: Sendable {
    let id: String
    let name: String
    let max: ExactDecimal
    /// `indicators.<id>`, the prefix of the field locations of findings.
    let field: String
    /// `indicators.<id>.selfScore`.
    let selfScoreField: String
    /// Where the chosen outcome of a qualitative leaf goes (`indicators.<id>.outcome`).
    let outcomeField: String
    /// Where the 偏差原因 goes (`indicators.<id>.note`, `targets.<id>.deviationNote`).
    let noteField: String
    /// Rates (fractions) show as percentages.
    let style: ValueStyle
    /// `proportional`, `bands` …
    let ruleKind: String?
    /// Why the leaf cannot be scored when the unit left its rule's input out, and
    /// the field that input goes in: made once here for the rules that read an
    /// input of their own (deductions: breaches; checklist: ticked items).
    let missingInput: (reason: String, field: String)?

    init(
        id: String, name: String, max: ExactDecimal, field: String, noteField: String, style: ValueStyle,
        ruleKind: String?, outcomeField: String? = nil, rule: ScoringRule? = nil
    ) {
        self.id = id
        self.name = name
        self.max = max
        self.field = field
        selfScoreField = field + ".selfScore"
        self.outcomeField = outcomeField ?? field + ".outcome"
        self.noteField = noteField
        self.style = style
        self.ruleKind = ruleKind
        switch rule {
        case .deductions(let perBreach)?: missingInput = DeductionsRule.missingInput(perBreach: perBreach, field: field)
        case .checklist(let items)?: missingInput = ChecklistRule.missingInput(items, field: field)
        default: missingInput = nil
        }
    }
}
