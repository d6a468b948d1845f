import JixiaoCore

extension FactExtractor {
    /// What the headers of a table read one cell a line (`CellHeader`) leave for its rows.
    struct CellHeaderState {
        /// The money unit in force at the first number of the row being noted.
        var rowUnit: MoneyParser.WrittenUnit? = nil
        /// The year columns being read (`YearColumn`), and the last header of two or more.
        var yearRun: [YearColumn] = []
        var yearHeader: [YearColumn] = []
        /// Rows under a year header, one amount a column, placed once the report's year is known.
        var yearRows: [(id: String, header: [YearColumn], amounts: [Fact<StatedAmount>])] = []
        /// The amounts of rows under a grouped header, placed when the text states none of them.
        var groupedRows: [[(id: String, amount: Fact<StatedAmount>)]] = []
    }

    /// The most numbers `noteCell` keeps for a row: a row that reached it may have lost some.
    static let cellNumbersCap = 8

    /// Notes a cell that is no number: a year column extends the header being read, other
    /// cells end it (the header read stays for the rows), a line of prose forgets it.
    mutating func noteHeaderCell(_ cell: ArraySlice<Unicode.Scalar>) {
        guard cell.count <= 16 else {
            cellHeaders.yearRun = []
            cellHeaders.yearHeader = []
            return
        }
        guard let first = cell.first, YearColumn.mayStart(first), let column = YearColumn(Array(cell)) else {
            cellHeaders.yearRun = []
            return
        }
        if cellHeaders.yearRun.count < 8 { cellHeaders.yearRun.append(column) }
        if cellHeaders.yearRun.count >= 2 { cellHeaders.yearHeader = cellHeaders.yearRun }
    }

    /// The row `noteCell` collected (labels, then numbers) read under its header: one number
    /// a year column after an amount's label, or the numbers of a grouped header by their sums.
    mutating func readHeaderRow() {
        guard let unit = cellHeaders.rowUnit, cellNumbers.count < Self.cellNumbersCap else { return }
        let paragraphs = structure.document.paragraphs
        var amounts: [(value: ExactDecimal, fact: (String) -> Fact<StatedAmount>)] = []
        for ref in cellNumbers {
            let s = Array(paragraphs[ref.paragraph].scalars[ref.start..<ref.end])
            guard let number = TextScan.number(s, at: 0), number.end == s.count else { return }
            let line = paragraphs[ref.paragraph].line(at: ref.start)
            let precision = ExactDecimal(significand: 1, decimalPlaces: number.places) * unit.inWanYuan
            let value = number.value * unit.inWanYuan
            amounts.append((value, { Fact(StatedAmount(label: FigureCatalog.label($0), value: value, precision: precision), line: line) }))
        }
        let labels = cellLabels.map { Array(paragraphs[$0.paragraph].scalars[$0.start..<$0.end]) }
        let header = cellHeaders.yearHeader
        if header.count == amounts.count, let label = labels.last, let id = CellHeader.amountId(label) {
            if cellHeaders.yearRows.count < 64 { cellHeaders.yearRows.append((id, header, amounts.map { $0.fact(id) })) }
            return
        }
        guard cellHeaders.groupedRows.count < 16, let grouped = CellHeader.grouped(labels),
            let placed = CellHeader.place(grouped, amounts.map(\.value))
        else { return }
        cellHeaders.groupedRows.append(placed.map { ($0.id, amounts[$0.index].fact($0.id)) })
    }

    /// The amounts of the rows under cell headers, for amounts the text states nowhere else:
    /// a grouped row's only when it states none of them (its amounts add up among themselves,
    /// not with others'); under a year header the column of the report's year that states
    /// what was spent.
    mutating func placeHeaderRows() {
        if let row = cellHeaders.groupedRows.first(where: { $0.allSatisfy { facts.amounts[$0.id] == nil } }) {
            for (id, amount) in row { facts.amounts[id] = [amount] }
        }
        guard let year = facts.fiscalYear?.value else { return }
        for row in cellHeaders.yearRows where facts.amounts[row.id] == nil {
            guard let column = YearColumn.column(of: year, in: row.header) else { continue }
            facts.amounts[row.id] = [row.amounts[column]]
        }
    }
}
