import JixiaoCore

/// The rule inputs of a framework leaf as form fields: `indicators.<id>.outcome` (评价结果),
/// `indicators.<id>.checklist` (a marker that the form shows the items) with
/// `indicators.<id>.checked.<item name>` per ticked item, `indicators.<id>.breaches`.
extension EvaluationForm {
    static let breachesRange = -100_000...100_000

    static func checkedField(_ id: String, item: String) -> String { FieldPath.indicator(id, .checked(item)).text }

    /// The marker that the form shows the checklist of leaf `id` (nothing ticked is then none).
    static func checklistField(_ id: String) -> String { "indicators.\(id).checklist" }

    /// `key` when it is a checklist marker, under its current name (the older `indicator.` one read too).
    static func checklistMarker(_ key: String) -> String? {
        guard key.hasSuffix(".checklist") else { return nil }
        if key.hasPrefix("indicators.") { return key }
        return key.hasPrefix("indicator.") ? "indicators." + key.dropFirst("indicator.".count) : nil
    }

    /// Writes the rule inputs of `input` into `fields`.
    static func ruleFields(_ id: String, _ input: IndicatorInput, into fields: inout [String: String]) {
        fields[FieldPath.indicator(id, .outcome).text] = input.outcome?.rawValue
        for item in input.checked ?? [] { fields[checkedField(id, item: item)] = "1" }
        fields[FieldPath.indicator(id, .breaches).text] = input.breaches.map(String.init)
    }

    /// Reads the rule inputs the form shows onto `input`; an input the form does not show is
    /// kept. Empty (「未选择」, nothing ticked, no count) is none.
    func readRuleInputs(_ id: String, into input: inout IndicatorInput, _ errors: inout [String: String]) {
        let prefix = "indicators.\(id)."
        if let outcome = fields[prefix + "outcome"] { input.outcome = QualitativeOutcome(rawValue: outcome) }
        if fields[Self.checklistField(id)] != nil {
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
