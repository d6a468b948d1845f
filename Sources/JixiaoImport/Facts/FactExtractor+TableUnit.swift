import JixiaoCore

extension FactExtractor {
    /// The longest input line that is still a table cell; a longer one is prose.
    static let cellLength = 24

    /// What a table read one cell a line says, by input line: `总体资金情况(万元)`, `(万元`,
    /// `单位:元` name the money unit of the table's bare amounts (`基本支出:900.47`) until a
    /// line of prose; `年度资金总额` followed by one number a line is the funds row.
    mutating func cellLines(_ paragraph: Paragraph, index p: Int) {
        tableUnitBefore = tableUnit
        let s = paragraph.scalars
        for line in OrganisationName.lines(of: paragraph) {
            let cell = s[line.start..<line.end]
            tableUnit = Self.unit(after: cell, tableUnit)
            noteCell(s, start: line.start, end: line.end, paragraph: p)
            if CellLineTable.isRowLabel(cell),
                let funds = CellLineTable.fundsRow(structure.document.paragraphs, at: p, line: paragraph.line(at: line.start))
            {
                ProjectTableReader.fundsRow(funds.row, funds.columns, paragraph: p, into: &facts)
            }
        }
    }

    /// The table's money unit in force on the input line at `offset` of the paragraph being read.
    func tableUnit(_ paragraph: Paragraph, at offset: Int) -> MoneyParser.WrittenUnit? {
        var unit = tableUnitBefore
        for line in OrganisationName.lines(of: paragraph) where line.start <= offset {
            unit = Self.unit(after: paragraph.scalars[line.start..<line.end], unit)
        }
        return unit
    }

    /// The unit in force after an input line: the one it declares, none after prose.
    static func unit(after cell: ArraySlice<Unicode.Scalar>, _ unit: MoneyParser.WrittenUnit?) -> MoneyParser.WrittenUnit? {
        // A row of a tab- or pipe-separated table keeps the unit its title or header declared.
        guard cell.count <= cellLength || BlockRules.isTableRow(Array(cell)) else { return nil }
        return declaredUnit(cell) ?? unit
    }

    /// The money unit a header cell names in brackets or after a colon, ending the cell
    /// or its bracket: (万元), (万元, 单位:元.
    static func declaredUnit(_ cell: ArraySlice<Unicode.Scalar>) -> MoneyParser.WrittenUnit? {
        guard cell.contains(where: { $0 == "(" || $0 == ":" }) else { return nil }
        let s = Array(cell)
        for k in s.indices where s[k] == "(" || s[k] == ":" {
            if let (unit, length) = TextScan.moneyUnit(s, at: k + 1), k + 1 + length == s.count || s[k + 1 + length] == ")" {
                return unit
            }
        }
        return nil
    }
}
