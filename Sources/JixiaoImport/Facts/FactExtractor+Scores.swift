import JixiaoCore

extension FactExtractor {
    static let itemCues: [[Unicode.Scalar]] = ["自评得分为", "自评得分", "自评得", "自评为", "自评", "得分为", "得分", "评分为", "评分", "评为", "得"].map {
        Array($0.unicodeScalars)
    }
    static let maxCues: [[Unicode.Scalar]] = ["分值为", "分值", "满分为", "满分", "权重为", "权重"].map { Array($0.unicodeScalars) }
    static let criterionMarks: [Unicode.Scalar] = ["可", "最", "即", "则", "均", "扣", "加", "减"]
    static let notScoreAfter: [Unicode.Scalar] = [
        "钟", "之", "别", "类", "配", "析", "局", "解", "工", "布", "批", "期", "管", "散", "享", "组", "项", "支", "院", "行", "部", "队", "数", "值", "段", "级",
        "档", "担", "明", "清", "流",
    ]

    /// A number followed by 分: an item score (自评得 5 分), a maximum (分值 3 分), or
    /// the total already read.
    mutating func scoreAt(_ s: [Unicode.Scalar], fen: Int, paragraph: Paragraph, index p: Int) {
        if fen + 1 < s.count, Self.notScoreAfter.contains(s[fen + 1]) { return }
        guard let number = TextScan.numberEnding(s, before: fen) else { return }
        if totalScoreSpans.contains(p << 24 | number.start) { return }
        var cueEnd = number.start
        while cueEnd > 0, s[cueEnd - 1] == " " || s[cueEnd - 1] == ":" { cueEnd -= 1 }
        if Self.maxCues.contains(where: { TextScan.hasSuffix($0, s, before: cueEnd) }) {
            pendingMax = (number.value, p)
            return
        }
        guard let cue = Self.itemCues.first(where: { TextScan.hasSuffix($0, s, before: cueEnd) }) else { return }
        let cueStart = cueEnd - cue.count
        if cueStart > 0, Self.criterionMarks.contains(s[cueStart - 1]) { return }
        if Self.isOtherYearScore(s, before: cueStart) { return }
        let owner = structure.owner[p]
        let max = pendingMax.flatMap { $0.paragraph == p ? $0.value : nil }
        pendingMax = nil
        facts.scores.append(
            ScoreItem(
                name: itemName(owner: owner, paragraph: paragraph, at: cueStart), score: number.value, max: max,
                line: paragraph.line(at: number.start), heading: owner, context: contextText(paragraph, index: p), paragraph: p))
    }

    static let otherYearScoreWords: [[Unicode.Scalar]] = ["上年", "去年", "上一年", "前一年", "同期"].map { Array($0.unicodeScalars) }

    /// True when the clause before a score names another year (上年本项得分为26分): no item of this report.
    static func isOtherYearScore(_ s: [Unicode.Scalar], before end: Int) -> Bool {
        var start = end
        while start > 0, end - start < 16, !Scalars.isClauseBreak(s[start - 1]) { start -= 1 }
        return otherYearScoreWords.contains { TextScan.find($0, in: s, from: start, limit: end) != nil }
    }

    /// The paragraph's text, made once for all the scores it states.
    mutating func contextText(_ paragraph: Paragraph, index p: Int) -> String {
        if let context, context.paragraph == p { return context.text }
        let text = paragraph.text
        context = (p, text)
        return text
    }

    static let knownNames: [[Unicode.Scalar]] = KnownIndicatorNames.department.map { Array($0.unicodeScalars) }

    /// The item's name: its heading's title, else the clause before the score. A title
    /// that runs into the item's text (我局…) gives way to the longest known indicator
    /// name in the heading's text before the score.
    func itemName(owner: Int?, paragraph: Paragraph, at offset: Int) -> String {
        if let owner {
            let heading = structure.headings[owner]
            if !heading.title.isEmpty {
                let title = structure.titleScalars[owner]
                guard HeadingTitle.bodyStarts.contains(where: { TextScan.has($0, title, at: 0) }) else { return heading.title }
                let text = structure.document.paragraphs[heading.paragraph].scalars
                let limit = heading.paragraph == currentParagraph ? offset : text.count
                let known = Self.knownNames.filter { TextScan.find($0, in: text, from: 0, limit: limit) != nil }
                return known.max { $0.count < $1.count }.map { TextScan.string($0) } ?? heading.title
            }
        }
        let s = paragraph.scalars
        var start = offset
        while start > 0, offset - start < 20, !Scalars.isClauseBreak(s[start - 1]) { start -= 1 }
        return TextScan.string(s[start..<offset]).trimmedSpaces
    }
}
