import JixiaoCore

extension FactExtractor {
    /// What may stand between an amount's label and its number: 为, 合计, (万元):, 约 ….
    static let amountGapScalars = TraditionalForms.scalars("为是共计合总额:()（）万亿千元达约数金决算均就 \t|")

    static let amountGapWords: [[Unicode.Scalar]] = ["项目资金", "财政资金", "资金", "人民币"].map { Array($0.unicodeScalars) }

    static let partIds: Set<String> = ["basicExpenditure", "projectExpenditure", "personnelExpenditure", "publicExpenditure"]
    static let fiscalFunds = Array("财政拨款".unicodeScalars)

    /// True when the part at `start` counts only the fiscal funds: 财政拨款基本支出, or inside
    /// a bracket that opens with 财政拨款 (收入1147.09万元(财政拨款基本支出…,项目支出…)).
    static func fiscalOnly(_ s: [Unicode.Scalar], before start: Int) -> Bool {
        if TextScan.hasSuffix(fiscalFunds, s, before: start) { return true }
        var k = start - 1
        while k >= 0, start - k <= 60, s[k] != ")", s[k] != "。", s[k] != ";" {
            if s[k] == "(" { return TextScan.has(fiscalFunds, s, at: k + 1) }
            k -= 1
        }
        return false
    }

    /// Words just before a label that make its amount another year's or a budget: 比上年支出合计…,
    /// 2024年预算安排支出合计…, 年初预算支出合计… (a comparison or a budget, not what was spent).
    static let otherPeriodWords = TraditionalForms.scalarWords([
        "上年", "去年", "同期", "下年", "明年", "下一年", "预算安排", "预计", "年初预算", "调整预算", "全年预算",
    ])

    static func otherPeriod(_ s: [Unicode.Scalar], before start: Int) -> Bool {
        otherPeriodWords.contains { word in (0...2).contains { TextScan.hasSuffix(word, s, before: start - $0) } }
    }

    /// `本年收入1,174.46万元`, `基本支出 390.73 万元`, `支出合计(万元):921.52`.
    mutating func amountAfter(_ id: String, _ s: [Unicode.Scalar], start: Int, end: Int, paragraph: Paragraph) {
        var j = end
        var unitInGap: MoneyParser.WrittenUnit? = nil
        var slipped = false
        while j < s.count, j - end <= 8, !Scalars.isDigit(s[j]) {
            // IO万元: an OCR slip starts the figure (checked below: a money unit must follow it).
            if TextScan.slipDigit(s, at: j) != nil, !Scalars.isASCIILetter(s[j - 1]) { slipped = true; break }
            // 实际支出项目资金 200.00 万元: what the amount is of, between label and figure.
            if let word = Self.amountGapWords.first(where: { TextScan.has($0, s, at: j) }) { j += word.count; continue }
            guard Self.amountGapScalars.contains(s[j]) else { return }
            // (万元): the unit whole, not 元 again after 万.
            if let (unit, length) = TextScan.moneyUnit(s, at: j) { unitInGap = unit; j += length; continue }
            j += 1
        }
        guard var number = TextScan.number(s, at: j, leadingSlip: slipped),
            !slipped || TextScan.moneyUnit(s, at: number.end) != nil
        else { return }
        if Self.partIds.contains(id), Self.fiscalOnly(s, before: start) { return }
        if Self.otherPeriod(s, before: start) || otherYear(s, before: start) { return }
        // 收入合计 | 1,105.20 | 1,286.40 | under 项目 | 上年数 | 本年数: this year's column.
        if periodColumns != nil {
            guard let at = periodFigure(s, paragraph, number: number.start) else { return }
            if at != number.start {
                guard let figure = TextScan.number(s, at: at), TableRow.endsCell(s, at: figure.end) else { return }
                number = figure
            }
        }
        let unit: MoneyParser.WrittenUnit
        if let (written, _) = TextScan.moneyUnit(s, at: number.end) {
            unit = written
        } else if let written = Self.bracketedUnit(s, at: number.end) {
            unit = written
        } else if let unitInGap, number.end >= s.count || !Scalars.isIdeograph(s[number.end]) || paragraph.startsLine(at: number.end) {
            unit = unitInGap
        } else if number.end == s.count || paragraph.startsLine(at: number.end) || TableRow.endsCell(s, at: number.end),
            paragraph.line(at: start) == paragraph.line(at: number.start),
            let tableUnit = tableUnit(paragraph, at: number.start)
        {
            unit = tableUnit
        } else {
            return
        }
        let value = number.value * unit.inWanYuan
        let precision = ExactDecimal(significand: 1, decimalPlaces: number.places) * unit.inWanYuan
        let amount = StatedAmount(label: FigureCatalog.label(id), value: value, precision: precision)
        facts.amounts[id, default: []].append(Fact(amount, line: paragraph.line(at: number.start)))
    }

    /// `1286.40(万元)`: the unit in brackets right after the number.
    static func bracketedUnit(_ s: [Unicode.Scalar], at i: Int) -> MoneyParser.WrittenUnit? {
        guard i < s.count, s[i] == "(", let (unit, length) = TextScan.moneyUnit(s, at: i + 1), i + 1 + length < s.count,
            s[i + 1 + length] == ")"
        else { return nil }
        return unit
    }
}
