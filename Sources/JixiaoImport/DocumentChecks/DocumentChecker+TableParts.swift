import JixiaoCore

extension DocumentChecker {
    static let tableCue = Array("见下表".unicodeScalars)
    static let partialWords: [[Unicode.Scalar]] = ["主要", "部分", "重点", "典型"].map { Array($0.unicodeScalars) }
    static let totalRowWords: [[Unicode.Scalar]] = ["合计", "总计", "小计"].map { Array($0.unicodeScalars) }

    /// An amount whose paragraph ends in 详见下表, followed by a table read one cell a line
    /// (序号, name, amount; rows numbered from 1, no total row): the rows must add up to the
    /// amount (`sum.expenditure`). A table said to hold the main items (主要项目见下表) is left alone.
    func tablePartChecks() -> [(finding: Finding, check: SumCheck)] {
        let paragraphs = structure.document.paragraphs
        return paragraphs.indices.compactMap { index -> (finding: Finding, check: SumCheck)? in
            let s = paragraphs[index].scalars
            guard s.count > Self.tableCue.count, let cue = TextScan.find(Self.tableCue, in: s, from: 0),
                s.count - cue <= Self.tableCue.count + 2,
                !Self.partialWords.contains(where: { word in (cue - 8..<cue).contains { TextScan.has(word, s, at: $0) } }),
                let (total, at) = lastAmount(s, before: cue)
            else { return nil }
            let range = (index + 1)..<min(paragraphs.count, index + 1 + 400)
            guard let rows = tableRows(CellLineTable.cells(paragraphs, range)), rows.count >= 3 else { return nil }
            let check = SumCheck(terms: rows.map { (1, $0) }, total: total)
            guard !check.holds else { return nil }
            return (CheckCatalog.finding("sum.expenditure", CheckMessages.sum(check), line: paragraphs[index].line(at: at)), check)
        }
    }

    /// The last amount with a money unit before `end`, with where its number starts.
    private func lastAmount(_ s: [Unicode.Scalar], before end: Int) -> (StatedAmount, Int)? {
        var found: (StatedAmount, Int)? = nil
        var i = 0
        while i < end {
            guard Scalars.isDigit(s[i]), let number = TextScan.number(s, at: i) else { i += 1; continue }
            if number.end <= end, let (unit, _) = TextScan.moneyUnit(s, at: number.end) {
                let precision = ExactDecimal(significand: 1, decimalPlaces: number.places) * unit.inWanYuan
                found = (StatedAmount(label: "表前所述金额", value: number.value * unit.inWanYuan, precision: precision), i)
            }
            i = number.end
        }
        return found
    }

    /// The rows of a three-column table read one cell a line, or nil when the cells are not
    /// that table or it has a total row of its own.
    private func tableRows(_ cells: [CellLineTable.Cell]) -> [StatedAmount]? {
        var k = 0
        var unit = MoneyParser.WrittenUnit.tenThousandYuan
        while k < cells.count, k < 3, !TextScan.has(Array("序号".unicodeScalars), cells[k].scalars, at: 0) {
            guard TextScan.find(Array("单位".unicodeScalars), in: cells[k].scalars, from: 0) != nil else { return nil }
            if TextScan.find(Array("万元".unicodeScalars), in: cells[k].scalars, from: 0) == nil {
                guard cells[k].scalars.contains("元") else { return nil }
                unit = .yuan
            }
            k += 1
        }
        // 序号, then the name and amount headers.
        guard k + 3 <= cells.count, cells[k].scalars.count == 2 else { return nil }
        k += 3
        var rows: [StatedAmount] = []
        while k + 2 < cells.count, TextScan.string(cells[k].scalars) == String(rows.count + 1) {
            let name = cells[k + 1].scalars
            let amount = cells[k + 2].scalars
            guard !name.isEmpty, !Scalars.isDigit(name[0]), let number = TextScan.number(amount, at: 0),
                number.end == amount.count
            else { return nil }
            let precision = ExactDecimal(significand: 1, decimalPlaces: number.places) * unit.inWanYuan
            rows.append(StatedAmount(label: TextScan.string(name), value: number.value * unit.inWanYuan, precision: precision))
            k += 3
        }
        if k < cells.count, Self.totalRowWords.contains(where: { TextScan.find($0, in: cells[k].scalars, from: 0) != nil }) {
            return nil
        }
        return rows
    }
}
