import JixiaoCore

extension DraftMapper {
    /// Largest figure kept (万元, 人, 项: a misread number is left out, not stored).
    static let maxFigure: ExactDecimal = 1_000_000_000_000

    /// The figures the facts read (amounts, headcounts), then every table row that names a
    /// figure of the catalogue in its first cell and gives a number in its second (the
    /// figures tables of a report this app wrote, 其他基础数据表 included).
    mutating func mapFigures() {
        for (id, amounts) in facts.amounts {
            if let amount = amounts.first { setFigure(id, amount.value.value) }
        }
        if let staff = facts.staffAuthorized { setFigure("staffAuthorized", ExactDecimal(staff.value)) }
        if let staff = facts.staffActual { setFigure("staffActual", ExactDecimal(staff.value)) }
        for paragraph in analysis.document.paragraphs {
            guard let row = TableRow(paragraph), row.cells.count >= 2,
                let id = FigureCatalog.id(for: row.cells[0].trimmingFullWidthSpaces),
                var value = row.number(1)?.value
            else { continue }
            if FigureCatalog.kind(id) == .rate, row.cells[1].hasSuffix("%") { value = value.divided(by: 100) ?? value }
            setFigure(id, value)
        }
    }

    private mutating func setFigure(_ id: String, _ value: ExactDecimal) {
        guard value >= .zero, value <= Self.maxFigure else {
            notices.append(DraftMessages.figureOutOfRange(FigureCatalog.label(id), value))
            return
        }
        draft.figures.values[id] = value
    }
}

extension String {
    /// Without the ideographic and ASCII spaces a table indents its sub-rows with (　　基本支出).
    var trimmingFullWidthSpaces: String {
        String(
            unicodeScalars.drop { $0 == "\u{3000}" || $0 == " " }.reversed().drop { $0 == "\u{3000}" || $0 == " " }.reversed()
                .map(Character.init))
    }
}
