import JixiaoCore

extension FactExtractor {
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
}
