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

    /// What may stand between a staff label and its number (not 编制: 在职人员编制 12 人 is authorised).
    static let staffGapScalars = TraditionalForms.scalars("为是:数人员在职岗共有计干部工编 |\t")

    static let staffExclusions: [[Unicode.Scalar]] = ["新增", "增加", "减少", "核减", "空", "超", "后勤", "调整"].map { Array($0.unicodeScalars) }

    /// `核定行政编制14名`, `事业编制 9 名`, `实有人员13人` (not 新增编制 2 名).
    mutating func staffAfter(_ kind: FactCue, _ s: [Unicode.Scalar], start: Int, end: Int, paragraph: Paragraph) {
        if Self.staffExclusions.contains(where: { word in (1...3).contains { TextScan.hasSuffix(word, s, before: start - $0 + 1) } }) {
            return
        }
        if otherYear(s, before: start) { return }
        // 编制人数 197 人, 实有在职人数 50 人, 实有编制数 45 人.
        var j = TextScan.skipSpaces(s, end)
        while j < s.count, j - end < 6, Self.staffGapScalars.contains(s[j]) { j += 1 }
        // IO人: a slip may start the count where 人 or 名 follows it (checked below).
        let slipped = j < s.count && TextScan.isSlip(s[j]) && j > 0 && !Scalars.isASCIILetter(s[j - 1])
        guard var number = TextScan.number(s, at: j, leadingSlip: slipped), number.places == 0 else { return }
        // | 在职人数 | 120 | 118 | under 项目 | 上年数 | 本年数: this year's column.
        if periodColumns != nil {
            guard let at = periodFigure(s, paragraph, number: number.start) else { return }
            if at != number.start {
                guard let figure = TextScan.number(s, at: at), figure.places == 0, TableRow.endsCell(s, at: figure.end) else { return }
                number = figure
            }
        }
        let k = TextScan.skipSpaces(s, number.end)
        if slipped, k >= s.count || s[k] != "人" && s[k] != "名" { return }
        // The unit, or a number that is a whole input line (a table read one cell a line), or
        // the whole cell after the label's (| 人员编制 | 128 | 实有人数 | 185 |).
        let ownCell = s[end..<j].contains { $0 == "|" || $0 == "\t" } && TableRow.endsCell(s, at: number.end)
        guard
            k < s.count && (s[k] == "名" || s[k] == "人") || ownCell
                || (number.end == s.count || paragraph.startsLine(at: number.end)) && paragraph.startsLine(at: j)
        else { return }
        guard let count = number.integer else { return }
        let fact = Fact(count, line: paragraph.line(at: number.start))
        if kind == .staffAuthorized {
            if facts.staffAuthorized == nil { facts.staffAuthorized = fact }
        } else if facts.staffActual == nil {
            facts.staffActual = fact
        }
    }

    /// `综合得分为 98 分`; `自评得分 95 分` counts as the total from 50 up.
    mutating func totalScoreAfter(_ kind: FactCue, _ s: [Unicode.Scalar], end: Int, paragraph: Paragraph) {
        if Self.isPartialTotal(s, before: end) { return }
        var j = TextScan.skipSpaces(s, end)
        // 自评总分(分) 97.6: a form's label that gives the unit.
        let unitInLabel = TextScan.has(Self.pointsUnit, s, at: j)
        if unitInLabel { j = TextScan.skipSpaces(s, j + Self.pointsUnit.count) }
        let colon = j < s.count && s[j] == ":"
        // 为, :, 是 or 为: before the score.
        for _ in 0..<2 where j < s.count && (s[j] == "为" || s[j] == "為" || s[j] == ":" || s[j] == "是") {
            j = TextScan.skipSpaces(s, j + 1)
        }
        // | 自评得分 | 92 |: the score is the next cell, alone in it.
        let nextCell = j < s.count && (s[j] == "|" || s[j] == "\t")
        if nextCell { j = TextScan.skipSpaces(s, j + 1) }
        guard var number = TextScan.number(s, at: j) else { return }
        // 总分 | 100 | 96.5 |: a second number cell after the first; the full marks (100) then the
        // score, else no telling which is the score.
        if nextCell, TableRow.endsCell(s, at: number.end), let next = Self.nextCellNumber(s, after: number.end) {
            guard number.value == 100, next.value <= 100 else { return }
            number = next
        }
        let k = TextScan.skipSpaces(s, number.end)
        // 自评得分 / 96.5: the label ends its input line and the score is the next one, alone.
        let lineOfItsOwn = paragraph.startsLine(at: number.start) && (number.end == s.count || paragraph.startsLine(at: number.end))
        // 最终得分:86.5 ending its line or clause: below full marks (总分:100 may be a maximum).
        let afterColon =
            colon && number.value < 100 && (k == s.count || paragraph.startsLine(at: k) || Scalars.isClauseBreak(s[k]) || s[k] == "|")
        guard
            unitInLabel || k < s.count && s[k] == "分" || afterColon
                || (nextCell && TableRow.endsCell(s, at: number.end) || lineOfItsOwn) && number.value <= 100
        else { return }
        if kind == .selfScoreLoose && number.value < 50 { return }
        if facts.selfScore == nil { facts.selfScore = Fact(number.value, line: paragraph.line(at: number.start)) }
        totalScoreSpans.insert(currentParagraph << 24 | number.start)
    }

    static let partialTotalMarks: [[Unicode.Scalar]] = ["两项", "二项", "三项", "四项", "五项", "类指标", "部分", "小计"].map {
        Array($0.unicodeScalars)
    }

    /// 以上两项合计得分28分, 决策类指标合计得分18分: the total of some items, not the report's.
    static func isPartialTotal(_ s: [Unicode.Scalar], before end: Int) -> Bool {
        var start = end
        while start > 0, end - start < 16, !Scalars.isClauseBreak(s[start - 1]), s[start - 1] != "。" { start -= 1 }
        return partialTotalMarks.contains { mark in
            guard let at = TextScan.find(mark, in: s, from: start, limit: end) else { return false }
            return at == 0 || s[at - 1] != "各"
        }
    }

    static let pointsUnit = Array("(分)".unicodeScalars)

    /// The number filling the cell after the one ending at `end` (`| 100 | 96.5 |`), if any.
    static func nextCellNumber(_ s: [Unicode.Scalar], after end: Int) -> TextScan.Number? {
        let bar = TextScan.skipSpaces(s, end)
        guard bar < s.count, s[bar] == "|" || s[bar] == "\t" else { return nil }
        let start = TextScan.skipSpaces(s, bar + 1)
        guard let number = TextScan.number(s, at: start), TableRow.endsCell(s, at: number.end) else { return nil }
        return number
    }

    static let gradeWords: [(String, Grade)] = [
        ("不合格", .poor), ("优秀", .excellent), ("良好", .good), ("中等", .fair), ("合格", .fair), ("较差", .poor),
        ("优", .excellent), ("良", .good), ("中", .fair), ("差", .poor),
    ]
    static let gradeWordScalars = TraditionalForms.withVariants(gradeWords).map { (Array($0.0.unicodeScalars), $0.1) }

    /// `等级为优`, `自评等级：良好`, `评定为“优秀”`.
    mutating func gradeAfter(_ s: [Unicode.Scalar], end: Int, paragraph: Paragraph) {
        var j = TextScan.skipSpaces(s, end)
        while j < s.count, j - end < 3,
            s[j] == "为" || s[j] == "為" || s[j] == ":" || s[j] == "是" || s[j] == "“" || s[j] == "\"" || s[j] == "「" || s[j] == " "
                || s[j] == "均"
        { j += 1 }
        for (word, grade) in Self.gradeWordScalars where TextScan.has(word, s, at: j) {
            let after = j + word.count
            // 中 and 差 alone must stand alone (not 中心, 差异).
            if word.count == 1, after < s.count, Scalars.isIdeograph(s[after]), s[after] != "等", s[after] != "级" { return }
            if facts.statedGrade == nil { facts.statedGrade = Fact(grade, line: paragraph.line(at: j)) }
            return
        }
    }
}
