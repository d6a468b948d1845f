import JixiaoCore

extension FactExtractor {
    static let boundWords: [[Unicode.Scalar]] = ["以上", "以下", "左右", "以内"].map { Array($0.unicodeScalars) }
    static let countUnits: [Unicode.Scalar] = [
        "件", "人", "个", "条", "项", "宗", "次", "户", "家", "名", "元", "份", "张", "所", "台", "套", "篇", "场", "批",
        // 万元 (执行数37.24万元 over 预算数43.20万元): both sides must be in it.
        "万",
    ]

    /// `办结率92.64%` with `受理…3735件` and `办结数3460件` earlier in the sentence;
    /// `在职15人/编制19人=79%`.
    mutating func rateAt(_ s: [Unicode.Scalar], percent: Int, paragraph: Paragraph) {
        guard let number = TextScan.numberEnding(s, before: percent), !Self.isGlued(number, s, paragraph) else { return }
        if Self.boundWords.contains(where: { TextScan.has($0, s, at: TextScan.skipSpaces(s, percent + 1)) }) { return }
        var j = number.start
        while j > 0, s[j - 1] == " " { j -= 1 }
        if j > 0, s[j - 1] == "=" {
            explicitRatio(s, equals: j - 1, number: number, paragraph: paragraph)
            return
        }
        var connectors = 0
        while j > 0, connectors < 3, "为达是:到均约".unicodeScalars.contains(s[j - 1]) { j -= 1; connectors += 1 }
        guard j > 0, s[j - 1] == "率" else { return }
        var nameStart = j - 1
        while nameStart > 0, j - nameStart < 8, Scalars.isIdeograph(s[nameStart - 1]) { nameStart -= 1 }
        let name = Array(s[nameStart..<j])
        var clauseStart = nameStart
        while clauseStart > 0, s[clauseStart - 1] != "。", s[clauseStart - 1] != ";" { clauseStart -= 1 }
        var statement = RateStatement(
            name: TextScan.string(name), percent: number.value, places: number.places,
            line: paragraph.line(at: number.start), paragraph: currentParagraph)
        if let spec = RateSpec.spec(forName: name),
            let numerator = count(after: spec.numeratorCues, in: s, from: clauseStart, to: nameStart),
            let denominator = count(after: spec.denominatorCues, in: s, from: clauseStart, to: nameStart),
            numerator.start != denominator.start, numerator.unit == denominator.unit
        {
            statement.numerator = numerator.value
            statement.numeratorText = numerator.text
            statement.denominator = denominator.value
            statement.denominatorText = denominator.text
        }
        facts.rates.append(statement)
    }

    /// The largest percentage read as a rate: more is cells run together (46 50 108.70% → 4650108.70%).
    static let maxRatePercent = ExactDecimal(10_000)

    /// True when the digits before % are more than one number: they cross the start of an
    /// input line (cells of a table read one cell a line, joined), or they make a percentage
    /// no rate reaches (cells run together on one line).
    static func isGlued(_ number: TextScan.Number, _ s: [Unicode.Scalar], _ paragraph: Paragraph) -> Bool {
        if number.value >= maxRatePercent { return true }
        return paragraph.pieces.contains { $0.offset > number.start && $0.offset < number.end && Scalars.isDigit(s[$0.offset - 1]) }
    }

    /// The last count in `s[from..<to]` that follows one of `cues` closely (办结数 3460 件).
    func count(after cues: [[Unicode.Scalar]], in s: [Unicode.Scalar], from: Int, to: Int)
        -> (value: ExactDecimal, unit: Unicode.Scalar, text: String, start: Int)?
    {
        var found: (ExactDecimal, Unicode.Scalar, String, Int)? = nil
        var i = from
        while i < to {
            guard let cue = cues.first(where: { TextScan.has($0, s, at: i) }) else { i += 1; continue }
            var j = i + cue.count
            while j < to, j - i - cue.count < 10, !Scalars.isDigit(s[j]), !Scalars.isClauseBreak(s[j]) { j += 1 }
            if j < to, let number = TextScan.number(s, at: j), number.end <= to {
                let k = TextScan.skipSpaces(s, number.end)
                if k < to, Self.countUnits.contains(s[k]) {
                    let end = s[k] == "万" && k + 1 < s.count && s[k + 1] == "元" ? k + 2 : k + 1
                    found = (number.value, s[k], TextScan.string(s[i..<end]), number.start)
                }
            }
            i += cue.count
        }
        return found.map { ($0.0, $0.1, $0.2, $0.3) }
    }

    /// `15人/19人=79%` or `15÷19=79%`: the counts either side of / or ÷ before =.
    mutating func explicitRatio(_ s: [Unicode.Scalar], equals: Int, number: TextScan.Number, paragraph: Paragraph) {
        var k = equals
        while k > 0, s[k - 1] != "/" && s[k - 1] != "÷", !Scalars.isClauseBreak(s[k - 1]), equals - k < 12 { k -= 1 }
        guard k > 0, s[k - 1] == "/" || s[k - 1] == "÷" else { return }
        var d = k
        while d < equals, !Scalars.isDigit(s[d]) { d += 1 }
        guard let denominator = TextScan.number(s, at: d) else { return }
        var n = k - 1
        while n > 0, !Scalars.isDigit(s[n - 1]), k - n < 6 { n -= 1 }
        guard let numerator = TextScan.numberEnding(s, before: n) else { return }
        var nameStart = numerator.start
        while nameStart > 0, !Scalars.isClauseBreak(s[nameStart - 1]), numerator.start - nameStart < 12 { nameStart -= 1 }
        facts.rates.append(
            RateStatement(
                name: TextScan.string(s[nameStart..<numerator.start]).trimmedSpaces + "比率", percent: number.value, places: number.places,
                numerator: numerator.value, numeratorText: TextScan.string(s[numerator.start..<(k - 1)]).trimmedSpaces,
                denominator: denominator.value, denominatorText: TextScan.string(s[denominator.start..<equals]).trimmedSpaces,
                line: paragraph.line(at: number.start), paragraph: currentParagraph))
    }
}
