/// Where the columns of an execution export are, read from its header row: unit code,
/// optional unit name and project, month, optional year, and the amount with its unit.
struct ExecutionColumns {
    var header: Int
    var unitCode: Int
    var unitName: Int?
    var project: Int?
    var month: Int
    var year: Int?
    var amount: Int
    /// 元 or 万元, from the amount's header.
    var inYuan: Bool
    var cumulative: Bool
    /// The headers as written, for messages.
    var titles: [String]

    func title(_ index: Int) -> String { titles.indices.contains(index) ? titles[index].trimmedSpaces : "" }

    /// The header text folded for comparison, and the money unit written in it.
    static func normalised(_ text: String) -> (name: String, unit: String?) {
        var name = HalfWidth.fold(text).filter { !$0.isWhitespace }.lowercased()
        var unit: String?
        for candidate in ["万元", "元"] {
            for form in ["(\(candidate))", "（\(candidate)）", "\(candidate)"] where name.hasSuffix(form) {
                unit = candidate
                name.removeLast(form.count)
                break
            }
            if unit != nil { break }
        }
        return (name, unit)
    }

    /// Reads a header row: nil when it is not one (no unit code or no amount column); a
    /// header with a problem (two amount columns, no unit on the amount) throws its message.
    static func read(_ row: ExecutionSheet.Row) throws(ExecutionHeaderError) -> ExecutionColumns? {
        let names = row.cells.map { normalised($0) }
        func find(_ set: Set<String>) throws(ExecutionHeaderError) -> Int? {
            let matches = names.indices.filter { set.contains(names[$0].name) }
            if matches.count > 1 { throw ExecutionHeaderError(message: ExecutionMessages.duplicateColumn(row[matches[1]])) }
            return matches.first
        }
        let amounts = names.indices.filter { index in
            ExecutionRules.amountWords.contains { names[index].name.contains($0) }
                && !ExecutionRules.unitCodeHeaders.contains(names[index].name)
        }
        guard let code = try find(ExecutionRules.unitCodeHeaders), let amount = amounts.first else { return nil }
        if amounts.count > 1 { throw ExecutionHeaderError(message: ExecutionMessages.duplicateColumn(row[amounts[1]])) }
        guard let month = try find(ExecutionRules.monthHeaders) else {
            throw ExecutionHeaderError(message: ExecutionMessages.missingColumn("月份"))
        }
        guard let unit = names[amount].unit else { throw ExecutionHeaderError(message: ExecutionMessages.amountUnit, field: row[amount]) }
        return ExecutionColumns(
            header: row.number, unitCode: code, unitName: try find(ExecutionRules.unitNameHeaders),
            project: try find(ExecutionRules.projectHeaders), month: month, year: try find(ExecutionRules.yearHeaders),
            amount: amount, inYuan: unit == "元", cumulative: names[amount].name.contains(ExecutionRules.cumulativeWord),
            titles: row.cells)
    }
}

/// A header row that names the columns but cannot be used.
struct ExecutionHeaderError: Error {
    var message: String
    var field: String?
}
