import JixiaoCore

/// A table of the report: the figures, the computed indicators or the score table.
public struct ReportTable: Sendable, Hashable {
    /// Short name, used as the sheet name in .xlsx (≤ 31 characters).
    public var name: String
    /// Caption shown above the table.
    public var caption: String
    public var columns: [ReportColumn]
    public var rows: [ReportRow]

    public init(name: String, caption: String, columns: [ReportColumn], rows: [ReportRow]) {
        self.name = name
        self.caption = caption
        self.columns = columns
        self.rows = rows
    }
}

/// A column: its header and its relative width.
public struct ReportColumn: Sendable, Hashable {
    public var title: String
    /// Relative width in the page (the widths of a table's columns are shares of it).
    public var weight: Int
    /// True for columns of numbers (right-aligned).
    public var numeric: Bool

    public init(_ title: String, weight: Int, numeric: Bool = false) {
        self.title = title
        self.weight = weight
        self.numeric = numeric
    }
}

/// A row of cells, one per column.
public struct ReportRow: Sendable, Hashable {
    public var cells: [ReportCell]
    /// True for total rows (shown bold).
    public var isTotal: Bool
    /// Background colours by column index (.xlsx and .docx); most rows have none.
    public var fills: [Int: CellFill]

    public init(_ cells: [ReportCell], isTotal: Bool = false, fills: [Int: CellFill] = [:]) {
        self.cells = cells
        self.isTotal = isTotal
        self.fills = fills
    }
}

/// One cell. Numbers stay numbers so .xlsx can store them as numbers.
public enum ReportCell: Sendable, Hashable {
    case text(String)
    /// A number shown with `places` decimals.
    case number(ExactDecimal, places: Int)
    /// A fraction shown as a percentage with two decimals (0.9264 → 92.64%).
    case percent(ExactDecimal)
    /// A total equal to the sum of the same column in `rows` (0-based row indices);
    /// the builder only emits it when the sum agrees exactly with `value`.
    case sum(ExactDecimal, places: Int, rows: [Int])
    /// Merged with the cell above (same column).
    case continued
    /// Nothing to show.
    case empty

    /// A cell for `value` written as its kind says (`NumberFormat`): money and scores
    /// with two decimals, counts as integers, rates as percentages, others as entered.
    public static func value(_ value: ExactDecimal, _ kind: NumberKind) -> ReportCell {
        switch kind {
        case .money, .score: return .number(value, places: 2)
        case .count: return .number(value, places: min(value.significantDecimalPlaces, 2))
        case .rate: return .percent(value)
        case .plain: return .number(value, places: min(value.significantDecimalPlaces, 4))
        }
    }

    /// The cell as plain text, as every format shows it.
    public var text: String {
        switch self {
        case .text(let s): return s
        case .number(let v, let places), .sum(let v, let places, _): return v.formatted(places: places, grouping: true)
        case .percent(let v): return NumberFormat.text(v, .rate)
        case .continued, .empty: return ""
        }
    }

    /// The numeric value, for numeric cells.
    public var value: ExactDecimal? {
        switch self {
        case .number(let v, _), .percent(let v), .sum(let v, _, _): return v
        case .text, .continued, .empty: return nil
        }
    }
}
