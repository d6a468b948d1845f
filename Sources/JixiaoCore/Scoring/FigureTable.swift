/// Every figure the formulas of a framework read, each given a slot once per
/// `Scorer`, so that scoring an evaluation looks each figure up once into one
/// table which every formula reads by position (no array per formula).
struct FigureTable: Sendable {
    /// One reference per slot: the first formula's spelling of the figure.
    private(set) var references: [FigureReference] = []
    /// Slot by the figure's canonical id and other keys (a formula that spells
    /// a figure another way may find it under another key).
    private var slotByKeys: [[String]: Int32] = [:]

    /// The slot of each of `expression`'s references, adding the figures not seen yet.
    mutating func slots(of expression: Expression) -> [Int32] {
        expression.references.map { reference in
            let keys = [reference.id] + reference.alternates
            if let slot = slotByKeys[keys] { return slot }
            let slot = Int32(references.count)
            references.append(reference)
            slotByKeys[keys] = slot
            return slot
        }
    }

    /// The value of every slot's figure in `figures`, looked up as
    /// `FigureReference.value` does (canonical id first).
    func values(_ figures: Figures) -> [ExactDecimal?] {
        guard !references.isEmpty else { return [] }
        let dictionary = figures.values
        return references.map { $0.value { dictionary[$0] } }
    }
}
