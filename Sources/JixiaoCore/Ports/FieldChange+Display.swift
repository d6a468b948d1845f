extension FieldChange {
    /// The value before, as people read it: a figure as its kind writes it (`1,174.46 万元`,
    /// `96.00%`), anything else as stored. The stored text stays exact, so a change
    /// below the shown decimals is still recorded.
    public var shownOld: String? { old.map(shown) }

    /// The value after, as people read it (see `shownOld`).
    public var shownNew: String? { new.map(shown) }

    private func shown(_ text: String) -> String {
        guard field.hasPrefix("figures."), let value = ExactDecimal(text) else { return text }
        return NumberFormat.figure(value, id: String(field.dropFirst("figures.".count)))
    }
}
