/// Reads the cells of one worksheet part (`<c r="E12" t="s"><v>3</v></c>`).
enum XlsxSheetReader {
    static func cells(
        _ bytes: [UInt8], part: String, shared: [String], budget: inout Int,
        maxText: Int
    ) throws -> [String: XlsxCell] {
        var cells: [String: XlsxCell] = [:]
        var reference: String?, type = "n", value: String?, inline = "", row = 0, column = -1
        var overBudget = false
        var left = budget
        try XlsxXML.parse(
            bytes, part: part, maxText: maxText,
            start: { name, attributes in
                switch name {
                case "row":
                    row = attributes["r"].flatMap { Int($0) } ?? row + 1
                    column = -1
                case "c":
                    column += 1
                    reference = attributes["r"] ?? XlsxWorksheet.reference(column: column, row: row)
                    if let r = attributes["r"] { column = Self.column(of: r) ?? column }
                    type = attributes["t"] ?? "n"
                    value = nil
                    inline = ""
                default: break
                }
            },
            end: { name, text in
                switch name {
                case "v": value = text
                case "t": inline += text
                case "c":
                    guard let ref = reference else { return }
                    let cell: XlsxCell?
                    switch type {
                    case "s": cell = value.flatMap { Int($0) }.flatMap { shared.indices.contains($0) ? .text(shared[$0]) : nil }
                    case "inlineStr": cell = .text(inline)
                    case "str": cell = value.map { .text($0) }
                    case "b": cell = value.map { .bool($0 == "1") }
                    case "e": cell = value.map { .error($0) }
                    default: cell = value.map { .number($0) }
                    }
                    if let cell {
                        left -= 1
                        if left < 0 { overBudget = true } else { cells[ref] = cell }
                    }
                    reference = nil
                default: break
                }
            })
        if overBudget { throw XlsxReadError.tooLarge("单元格超过 \(budget) 个") }
        budget = left
        return cells
    }

    /// The 0-based column of a reference (`E12` → 4), nil when it has no letters.
    static func column(of reference: String) -> Int? {
        var n = 0, any = false
        for scalar in reference.unicodeScalars {
            guard scalar.value >= 65, scalar.value <= 90 else { break }
            n = n * 26 + Int(scalar.value - 64)
            any = true
            if n > 20_000 { return nil }
        }
        return any ? n - 1 : nil
    }
}
