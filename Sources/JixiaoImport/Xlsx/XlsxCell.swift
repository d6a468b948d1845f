/// One cell of a worksheet as stored: a number (its text as written, e.g. `12.5`), a
/// text (inline, shared or a formula's text result), a boolean, or an error value (`#DIV/0!`).
public enum XlsxCell: Sendable, Equatable {
    case number(String)
    case text(String)
    case bool(Bool)
    case error(String)

    /// The cell as a person reads it: the number's text, the text, TRUE/FALSE, the error code.
    public var text: String {
        switch self {
        case .number(let s), .text(let s), .error(let s): return s
        case .bool(let b): return b ? "TRUE" : "FALSE"
        }
    }
}

/// One worksheet: its name and its non-empty cells by reference (`E12`).
public struct XlsxWorksheet: Sendable {
    public let name: String
    public let cells: [String: XlsxCell]

    public init(name: String, cells: [String: XlsxCell]) {
        self.name = name
        self.cells = cells
    }

    /// The cell at `column` (0 = A) and 1-based `row`, or nil when empty.
    public subscript(column: Int, row: Int) -> XlsxCell? { cells[Self.reference(column: column, row: row)] }

    /// The highest row number holding a cell.
    public var lastRow: Int { cells.keys.compactMap { Self.row(of: $0) }.max() ?? 0 }

    /// `E12` for column 4 (0-based) and row 12.
    public static func reference(column: Int, row: Int) -> String {
        var n = column + 1, letters = ""
        while n > 0 {
            let r = (n - 1) % 26
            letters = String(UnicodeScalar(UInt8(65 + r))) + letters
            n = (n - 1) / 26
        }
        return letters + String(row)
    }

    /// The row number of a reference (`E12` → 12).
    static func row(of reference: String) -> Int? {
        Int(String(reference.drop(while: { $0.isLetter })))
    }
}
