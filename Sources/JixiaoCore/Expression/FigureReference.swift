/// A figure named in a formula, resolved once at parse time: the canonical id
/// looked up first, the other spellings tried only when it is absent, and the
/// ready-made reason used when it is missing. A class: evaluations pass
/// references around, and one retain is cheaper than copying five strings.
final class FigureReference: Sendable {
    /// Canonical id (`FigureCatalog.id(for:)`), or the name itself when unknown.
    let id: String
    /// The name as written in the formula (quotes kept).
    let written: String
    /// Other keys an evaluation may use for the same figure (label, written form).
    let alternates: [String]
    /// The Chinese label shown in messages.
    let label: String
    /// `缺少数据“编制数”`, built once.
    let missingReason: String
    /// How the figure's value is written (`NumberFormat`).
    let kind: NumberKind

    init(written: String, bare: String) {
        let id = FigureCatalog.id(for: bare) ?? FigureCatalog.id(for: written) ?? bare
        self.id = id
        self.written = written
        var alternates: [String] = []
        for key in [bare, written] where key != id && !alternates.contains(key) { alternates.append(key) }
        self.alternates = alternates
        label = FigureCatalog.definition(id)?.label ?? bare
        missingReason = ExpressionMessages.missingFigure(label)
        kind = FigureCatalog.definition(id)?.kind ?? .plain
    }

    /// The figure's value from `lookup`, trying the canonical id first.
    @inline(__always)
    func value(_ lookup: (String) -> ExactDecimal?) -> ExactDecimal? {
        if let value = lookup(id) { return value }
        for key in alternates {
            if let value = lookup(key) { return value }
        }
        return nil
    }
}
