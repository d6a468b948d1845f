import JixiaoCore

/// A table cell's background colour, for cells whose colour carries meaning (a monitoring
/// light). The text of such a cell still says it in words; the colour only repeats it.
public enum CellFill: String, Sendable, Hashable, CaseIterable {
    case green, yellow, red, blue

    /// The fill of `light`.
    public init(_ light: Light) {
        switch light {
        case .green: self = .green
        case .yellow: self = .yellow
        case .red: self = .red
        case .blue: self = .blue
        }
    }

    /// The colour as six hex digits (RRGGBB): light tints, so black text stays readable.
    public var rgb: String {
        switch self {
        case .green: return "C6EFCE"
        case .yellow: return "FFEB9C"
        case .red: return "FFC7CE"
        case .blue: return "BDD7EE"
        }
    }
}
