import JixiaoCore

extension FactExtractor {
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
