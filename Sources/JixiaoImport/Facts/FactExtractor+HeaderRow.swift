import JixiaoCore

extension FactExtractor {
    /// A header row (`HeaderRow`) on one input line and its values on the next: each value
    /// is read as the fact its column names, on the values' line. A header pairs with the
    /// one row right under it (a second row is another year or a 上年 column).
    mutating func headerRows(_ paragraph: Paragraph) {
        let s = paragraph.scalars
        for line in OrganisationName.lines(of: paragraph) {
            let range = line.start..<line.end
            if let header = HeaderRow(s, range) {
                headerRow = header
                continue
            }
            guard let header = headerRow else { continue }
            headerRow = nil
            guard let values = header.values(s, range) else { continue }
            let lineNumber = paragraph.line(at: line.start)
            for (column, number) in zip(header.columns, values) where !column.ignored {
                headerValue(column, number, line: lineNumber, unit: column.unit ?? tableUnit(paragraph, at: line.start))
            }
        }
    }

    private mutating func headerValue(_ column: HeaderRow.Column, _ number: TextScan.Number, line: Int, unit: MoneyParser.WrittenUnit?) {
        switch column.cue {
        case .amount(let id), .amountAtStart(let id):
            guard let unit else { return }
            let precision = ExactDecimal(significand: 1, decimalPlaces: number.places) * unit.inWanYuan
            let amount = StatedAmount(label: FigureCatalog.label(id), value: number.value * unit.inWanYuan, precision: precision)
            facts.amounts[id, default: []].append(Fact(amount, line: line))
        case .staffAuthorized, .staffActual:
            guard let count = number.integer else { return }
            if column.cue == .staffAuthorized {
                if facts.staffAuthorized == nil { facts.staffAuthorized = Fact(count, line: line) }
            } else if facts.staffActual == nil {
                facts.staffActual = Fact(count, line: line)
            }
        case .totalScore, .selfScoreLoose:
            if facts.selfScore == nil, number.value <= 100 { facts.selfScore = Fact(number.value, line: line) }
        default:
            break
        }
    }
}
