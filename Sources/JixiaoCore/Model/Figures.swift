/// The numbers of an evaluation, by figure id (see `FigureCatalog`): amounts in
/// 万元, headcounts, counts of work, rates as fractions (0.9264 for 92.64%).
///
/// A figure that is absent is unknown, never zero.
public struct Figures: Codable, Sendable, Hashable, Sequence {
    public var values: [String: ExactDecimal]

    public init(_ values: [String: ExactDecimal] = [:]) { self.values = values }

    /// The value of figure `id` (an id or a Chinese label of the catalogue).
    public subscript(id: String) -> ExactDecimal? {
        get { values[id] ?? FigureCatalog.id(for: id).flatMap { values[$0] } }
        set { values[FigureCatalog.id(for: id) ?? id] = newValue }
    }

    public func makeIterator() -> Dictionary<String, ExactDecimal>.Iterator { values.makeIterator() }

    /// Reads `{id: number}`; a value written as a percentage (`"96%"`) is stored as its fraction (0.96).
    public init(from decoder: Decoder) throws {
        values = try decoder.singleValueContainer().decode([String: FigureNumber].self).mapValues(\.value)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(values)
    }
}

/// One figure as a document writes it: a decimal, or a percentage string (`"96%"` → 0.96).
private struct FigureNumber: Decodable {
    let value: ExactDecimal

    init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let text = try? container.decode(String.self) {
            let folded = HalfWidth.fold(text).trimmedSpaces
            if folded.hasSuffix("%"), let rate = NumberFormat.parseInput(folded, .rate) {
                value = rate
                return
            }
        }
        value = try container.decode(ExactDecimal.self)
    }
}
