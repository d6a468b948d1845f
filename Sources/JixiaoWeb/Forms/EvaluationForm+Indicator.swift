import JixiaoCore

/// The rule inputs of a framework leaf as form fields: `indicator.<id>.outcome` (评价结果),
/// `indicator.<id>.checklist` (a marker that the form shows the items) with
/// `indicator.<id>.checked.<item name>` per ticked item, `indicator.<id>.breaches`.
extension EvaluationForm {
    static let breachesRange = -100_000...100_000

    static func checkedField(_ id: String, item: String) -> String { "indicator.\(id).checked.\(item)" }

    /// Writes the rule inputs of `input` into `fields`.
    static func ruleFields(_ id: String, _ input: IndicatorInput, into fields: inout [String: String]) {
        fields["indicator.\(id).outcome"] = input.outcome?.rawValue
        for item in input.checked ?? [] { fields[checkedField(id, item: item)] = "1" }
        fields["indicator.\(id).breaches"] = input.breaches.map(String.init)
    }

    /// Reads the rule inputs the form shows onto `input`; an input the form does not show is
    /// kept. Empty (「未选择」, nothing ticked, no count) is none.
    func readRuleInputs(_ id: String, into input: inout IndicatorInput, _ errors: inout [String: String]) {
        let prefix = "indicator.\(id)."
        if let outcome = fields[prefix + "outcome"] { input.outcome = QualitativeOutcome(rawValue: outcome) }
        if fields[prefix + "checklist"] != nil {
            let ticked = fields.filter { $0.key.hasPrefix(prefix + "checked.") && !$0.value.isEmpty }
                .map { String($0.key.dropFirst((prefix + "checked.").count)) }.sorted()
            input.checked = ticked.isEmpty ? nil : ticked
        }
        if let text = fields[prefix + "breaches"] {
            let trimmed = HalfWidth.fold(text).trimmedSpaces
            if trimmed.isEmpty {
                input.breaches = nil
            } else if let count = Int(trimmed), Self.breachesRange.contains(count) {
                input.breaches = count
            } else {
                errors[prefix + "breaches"] = "“\(text)”\(WebText.numberInvalid)"
            }
        }
    }
}
