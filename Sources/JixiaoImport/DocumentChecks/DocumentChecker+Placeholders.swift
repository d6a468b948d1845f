import JixiaoCore

extension DocumentChecker {
    static let placeholderUnits: [[Unicode.Scalar]] = ["平方米", "立方米", "万元", "元", "公里", "千米", "吨", "亩", "%", "个", "人", "户", "次", "天"]
        .map { Array($0.unicodeScalars) }

    /// Figures the template left as placeholders, one finding a paragraph: a year written
    /// 20xx (20xx年度, 〔20xx〕67号), an amount written * (预算数*元, 78.*元), a bound
    /// without its value (≥平方米, where ≥** lost its stars as Markdown bold).
    func placeholderFindings() -> [Finding] {
        structure.document.paragraphs.compactMap { paragraph in
            guard let (offset, text) = Self.placeholder(in: paragraph) else { return nil }
            return CheckCatalog.finding("template.unfilled", DocumentMessages.placeholder(text), line: paragraph.line(at: offset))
        }
    }

    static func placeholder(in paragraph: Paragraph) -> (Int, String)? {
        let s = paragraph.scalars
        func isX(_ c: Unicode.Scalar) -> Bool { c == "x" || c == "X" || c == "×" }
        // A unit that is a word of its own (≥平方米), not the start of one (≤人均标准).
        func unitWord(at i: Int) -> [Unicode.Scalar]? {
            placeholderUnits.first { TextScan.has($0, s, at: i) && (i + $0.count == s.count || !Scalars.isIdeograph(s[i + $0.count])) }
        }
        func unit(at i: Int) -> Bool { unitWord(at: i) != nil }
        // Most paragraphs hold none of 2 * ≥ ≤: one plain pass over the values finds the first that does.
        var i = -1
        while true {
            i = s.withUnsafeBufferPointer { b in
                var k = i + 1
                while k < b.count {
                    let v = b[k].value
                    if v == 0x32 || v == 0x2A || v == 0x2265 || v == 0x2264 { break }
                    k += 1
                }
                return k
            }
            guard i < s.count else { return nil }
            switch s[i] {
            case "2":
                guard i + 3 < s.count, s[i + 1] == "0", isX(s[i + 2]), isX(s[i + 3]),
                    i + 4 == s.count || !Scalars.isASCIILetter(s[i + 4]),
                    i == 0 || !Scalars.isASCIILetter(s[i - 1]) && !Scalars.isDigit(s[i - 1])
                else { continue }
                return (i, context(paragraph, i, i + 4))
            case "*":
                guard i > 0, Scalars.isDigit(s[i - 1]) || s[i - 1] == "." || s[i - 1] == "数" || s[i - 1] == "为" else { continue }
                var j = i
                while j < s.count, s[j] == "*" { j += 1 }
                guard j == s.count || unit(at: j) || Scalars.isClauseBreak(s[j]) else { continue }
                return (i, context(paragraph, i, j))
            case "≥", "≤":
                let j = TextScan.skipSpaces(s, i + 1)
                guard j < s.count, let unit = unitWord(at: j) else { continue }
                return (i, context(paragraph, i, j + unit.count))
            default:
                continue
            }
        }
    }

    /// The placeholder with a few scalars of its clause and input line around it (up to a figure after it).
    static func context(_ paragraph: Paragraph, _ start: Int, _ end: Int) -> String {
        let s = paragraph.scalars
        var from = start
        while from > 0, start - from < 8, !Scalars.isClauseBreak(s[from - 1]), !paragraph.startsLine(at: from) { from -= 1 }
        var to = end
        while to < s.count, to - end < 5, !Scalars.isClauseBreak(s[to]), !Scalars.isDigit(s[to]), !paragraph.startsLine(at: to) { to += 1 }
        return TextScan.string(s[from..<to])
    }
}
