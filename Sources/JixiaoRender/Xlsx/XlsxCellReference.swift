/// A1-style cell references.
enum XlsxCellReference {
    /// Column letters of a 0-based column index: 0 → A, 25 → Z, 26 → AA.
    static func column(_ index: Int) -> String {
        var n = index + 1, letters = ""
        while n > 0 {
            let r = (n - 1) % 26
            letters = String(UnicodeScalar(UInt8(65 + r))) + letters
            n = (n - 1) / 26
        }
        return letters
    }

    /// The reference of a 0-based column and a 1-based row.
    static func cell(column: Int, row: Int) -> String { self.column(column) + String(row) }

    /// The argument list of SUM over `rows` (1-based, any order) in one column,
    /// with consecutive rows as ranges: E5:E9,E12.
    static func sumArguments(column: Int, rows: [Int]) -> String {
        let sorted = Array(Set(rows)).sorted()
        var parts: [String] = [], start: Int?, previous = 0
        for row in sorted + [Int.min] {
            if let s = start, row != previous + 1 {
                parts.append(
                    s == previous
                        ? cell(column: column, row: s)
                        : cell(column: column, row: s) + ":" + cell(column: column, row: previous))
                start = nil
            }
            if start == nil, row != Int.min { start = row }
            previous = row
        }
        return parts.joined(separator: ",")
    }
}
