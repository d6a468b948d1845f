import JixiaoCore

extension DocumentChecker {
    static let reasonWords = ["原因", "偏差", "扣分", "扣除", "扣", "由于", "因为", "导致", "未完成", "未达", "不足", "存在"]
    static let proportionalRates = ["完成率", "执行率", "达成率", "到位率", "办结率"]

    /// score.sum, score.over-max (total, headings), score.grade.
    func scoreFindings() -> [Finding] {
        var findings: [Finding] = []
        if let total = facts.selfScore {
            if total.value > 100 {
                findings.append(CheckCatalog.finding("score.over-max", CheckMessages.totalOverMax(total: total.value), line: total.line))
            }
            let items = facts.scores.map(\.score)
            let sum = items.reduce(ExactDecimal.zero, +)
            if items.count >= 3, sum != total.value {
                findings.append(CheckCatalog.finding("score.sum", CheckMessages.scoreSum(items: items, sum: sum, total: total.value), line: total.line))
            }
            if let stated = facts.statedGrade, let finding = GradeCheck.mismatch(stated: stated.value, total: total.value, line: stated.line) {
                findings.append(finding)
            }
        }
        for (index, heading) in structure.headings.enumerated() {
            guard let max = Self.statedMax(structure.titleScalars[index]) else { continue }
            let items = facts.scores.filter { item in
                guard let owner = item.heading else { return false }
                return owner == index || (owner > index && structure.headings[owner].paragraph < heading.subtreeEnd)
            }.map(\.score)
            let sum = items.reduce(ExactDecimal.zero, +)
            if sum > max {
                findings.append(CheckCatalog.finding("score.over-max", CheckMessages.headingOverMax(
                    name: heading.title, items: items, sum: sum, max: max), line: heading.line))
            }
        }
        return findings
    }

    /// Over-max, unsupported and unexplained item scores.
    func itemFindings() -> [Finding] {
        var findings: [Finding] = []
        for item in facts.scores {
            guard let max = item.max else { continue }
            if item.score > max {
                findings.append(CheckCatalog.finding("score.over-max", CheckMessages.overMax(name: item.name, score: item.score, max: max), line: item.line))
                continue
            }
            if let rate = facts.rates.first(where: { $0.paragraph == item.paragraph
                    && Self.proportionalRates.contains(where: $0.name.hasSuffix) && $0.percent < 100 }) {
                let computed = (max * rate.percent).divided(by: 100)?.rounded(places: 2) ?? max
                if item.score > computed {
                    findings.append(CheckCatalog.finding("score.unsupported", CheckMessages.unsupported(
                        name: item.name, score: item.score, max: max, rateText: "\(rate.name) \(rate.percent)%", computed: computed), line: item.line))
                }
            }
            if item.score < max, !Self.reasonWords.contains(where: item.context.hasScalars) {
                findings.append(CheckCatalog.finding("deviation.missing", CheckMessages.deviationScore(name: item.name, score: item.score, max: max), line: item.line))
            }
        }
        return findings
    }

    /// A maximum written in a heading: （20分）, 分值20分, 满分20分.
    static func statedMax(_ s: [Unicode.Scalar]) -> ExactDecimal? {
        var i = 0
        while i < s.count {
            if s[i] == "分", let number = TextScan.numberEnding(s, before: i) {
                let before = number.start > 0 ? s[number.start - 1] : " "
                if before == "(" || before == "（" || TextScan.hasSuffix(Array("分值".unicodeScalars), s, before: number.start)
                    || TextScan.hasSuffix(Array("满分".unicodeScalars), s, before: number.start) {
                    return number.value
                }
            }
            i += 1
        }
        return nil
    }
}
