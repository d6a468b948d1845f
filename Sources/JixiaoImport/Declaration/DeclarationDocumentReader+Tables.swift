import JixiaoCore

extension DeclarationDocumentReader.Parse {
    /// The indicator rows under the header at `header`, up to the first line that is not a table row.
    mutating func readRows(after header: Int, columns: IndicatorColumns) -> [DeclaredRow] {
        var rows: [DeclaredRow] = []
        var level1 = "", level2 = ""
        var index = header + 1
        while index < texts.count, texts[index].contains("\t") {
            defer { index += 1 }
            let cells = DeclarationDocumentReader.cells(texts[index])
            func cell(_ column: Int?) -> String { column.flatMap { cells.indices.contains($0) ? cells[$0] : nil } ?? "" }
            if cells.allSatisfy(\.isEmpty) || IndicatorColumns(cells) != nil { continue }
            if ["合计", "总计", "总分"].contains(cell(columns.level1)) { continue }
            // Merged cells arrive empty: they carry the level of the row above.
            if cell(columns.level1).isEmpty {} else { level1 = cell(columns.level1); level2 = "" }
            if !cell(columns.level2).isEmpty { level2 = cell(columns.level2) }
            rows.append(
                DeclarationDocumentReader.row(
                    levels: [level1, level2], name: cell(columns.name), direction: cell(columns.direction),
                    target: cell(columns.target), unit: cell(columns.unit), score: cell(columns.score),
                    explanation: cell(columns.explanation), standard: cell(columns.standard)))
            lines["targets.\(rows.count)"] = index + 1
        }
        return rows
    }

    /// 资金情况: a header row with 资金总额 and the amounts in the row under it, or rows
    /// that start with 资金总额 / 财政资金 / 其他资金 and go on with the amount.
    mutating func readFunds() -> DeclaredFunds? {
        var funds = DeclaredFunds()
        var found = false
        for index in texts.indices where texts[index].contains("\t") {
            let cells = DeclarationDocumentReader.cells(texts[index])
            let labelled = cells.count >= 2 && MoneyParser.parse(cells[1]) != nil
            if !labelled, cells.contains(where: { $0.contains("资金总额") }), !found, index + 1 < texts.count {
                let values = DeclarationDocumentReader.cells(texts[index + 1])
                for (column, title) in cells.enumerated() where column < values.count {
                    found = set(title, values[column], line: index + 2, in: &funds) || found
                }
            } else if let first = cells.first, let value = cells.dropFirst().first(where: { !$0.isEmpty }) {
                found = set(first, value, line: index + 1, in: &funds) || found
            }
        }
        return found ? funds : nil
    }

    /// Sets the amount labelled `title` (资金总额, 财政资金, 其他资金); false when it is none of them or no amount.
    private mutating func set(_ title: String, _ text: String, line: Int, in funds: inout DeclaredFunds) -> Bool {
        let key = title.contains("总额") ? "total" : title.contains("财政") ? "fiscal" : title.contains("其他") ? "other" : nil
        guard let key, !text.isEmpty, let amount = MoneyParser.parse(text) else { return false }
        let declared = DeclaredAmount(value: amount.wanYuan, places: max(amount.writtenPlaces, amount.wanYuan.significantDecimalPlaces))
        switch key {
        case "total": funds.total = declared
        case "fiscal": funds.fiscal = declared
        default: funds.other = declared
        }
        lines["funds.\(key)"] = line
        return true
    }

    /// 上年实际完成值: the rows under a header with that column, by indicator name.
    func readPrevious() -> [PreviousActual] {
        guard
            let header = texts.indices.first(where: {
                texts[$0].contains("\t") && DeclarationDocumentReader.cells(texts[$0]).contains { $0.contains("上年实际") }
            })
        else { return [] }
        let titles = DeclarationDocumentReader.cells(texts[header])
        let valueColumn = titles.firstIndex { $0.contains("上年实际") } ?? 1
        let nameColumn = titles.firstIndex { $0.contains("三级") || $0.contains("名称") } ?? 0
        var previous: [PreviousActual] = []
        var index = header + 1
        while index < texts.count, texts[index].contains("\t") {
            let cells = DeclarationDocumentReader.cells(texts[index])
            index += 1
            guard nameColumn < cells.count, valueColumn < cells.count, !cells[nameColumn].isEmpty,
                let value = DeclarationDocumentReader.number(cells[valueColumn])
            else { continue }
            previous.append(PreviousActual(name: cells[nameColumn], value: value))
        }
        return previous
    }
}
