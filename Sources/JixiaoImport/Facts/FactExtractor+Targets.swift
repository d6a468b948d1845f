import JixiaoCore

extension FactExtractor {
    static let targetUnits: [String] = [
        "万元", "元", "%", "个", "件", "条", "人次", "人", "项", "次", "天", "日", "小时", "分钟", "户", "家", "所", "台", "套", "篇", "场", "期", "公里", "平方米", "亩",
        "吨", "份", "张", "名", "宗", "批", "年", "月", "周", "个月", "工作日",
    ]
    /// The units with their scalars, longest first (made once, not per target).
    static let targetUnitsLongestFirst: [(String, [Unicode.Scalar])] =
        targetUnits.sorted { $0.count > $1.count }.map { ($0, Array($0.unicodeScalars)) }

    /// `指标3:群众满意度≥90%,得2分`: a name, a bound, a value and a unit, and the score
    /// that follows in the same sentence. `X≤10%的` is a scoring criterion, not a target.
    mutating func targetAt(_ s: [Unicode.Scalar], symbol: Int, paragraph: Paragraph, index p: Int) {
        guard s[symbol] != "=" else { return }
        var symbolEnd = symbol + 1
        if s[symbol] == "<" || s[symbol] == ">" {
            // Used as brackets (<梅州市…>) unless a number or = follows.
            let next = TextScan.skipSpaces(s, symbolEnd)
            guard next < s.count, Scalars.isDigit(s[next]) || s[next] == "=" else { return }
        }
        var direction: Direction
        switch s[symbol] {
        case "≥": direction = .atLeast
        case "≤": direction = .atMost
        case ">": direction = .greaterThan
        default: direction = .lessThan
        }
        if symbolEnd < s.count, s[symbolEnd] == "=" {
            direction = direction == .greaterThan ? .atLeast : .atMost
            symbolEnd += 1
        }
        var nameStart = symbol
        while nameStart > 0, symbol - nameStart < 15, Scalars.isIdeograph(s[nameStart - 1]) || s[nameStart - 1] == " " { nameStart -= 1 }
        let name = TextScan.string(s[nameStart..<symbol]).trimmedSpaces
        guard !name.isEmpty else { return }
        let j = TextScan.skipSpaces(s, symbolEnd)
        let number = TextScan.number(s, at: j)
        var unit: String? = nil
        var after = number?.end ?? j
        if let number {
            let k = TextScan.skipSpaces(s, number.end)
            for (candidate, scalars) in Self.targetUnitsLongestFirst where TextScan.has(scalars, s, at: k) {
                unit = candidate
                after = k + scalars.count
                break
            }
        }
        if after < s.count, s[after] == "的" { return }
        var score: ExactDecimal? = nil
        var k = after
        while k < s.count, s[k] != "。", s[k] != ";" {
            if s[k] == "得", let n = TextScan.number(s, at: TextScan.skipSpaces(s, k + 1)),
                TextScan.skipSpaces(s, n.end) < s.count, s[TextScan.skipSpaces(s, n.end)] == "分"
            {
                score = n.value
                break
            }
            k += 1
        }
        facts.targets.append(
            TargetStatement(
                name: name, direction: direction, value: number?.value, unit: unit,
                score: score, line: paragraph.line(at: nameStart)))
    }
}
