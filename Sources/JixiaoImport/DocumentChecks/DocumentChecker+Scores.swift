import JixiaoCore

extension DocumentChecker {
    static let reasonWords = ["原因", "偏差", "扣分", "扣除", "扣", "由于", "因为", "导致", "未完成", "未达", "不足", "存在"]
    static let proportionalRates = ["完成率", "执行率", "达成率", "到位率", "办结率"]

    /// score.sum, score.over-max (total, headings), score.grade, level by level (`ScoreTree`):
    /// the top level against the total, each heading's parts against its score and maximum.
    func scoreFindings() -> [Finding] {
        var findings: [Finding] = []
        let tree = ScoreTree(structure: structure, scores: facts.scores)
        if let total = facts.selfScore {
            if total.value > 100 {
                findings.append(CheckCatalog.finding("score.over-max", CheckMessages.totalOverMax(total: total.value), line: total.line))
            }
            let items = tree.parts(tree.topLevel)
            let sum = items.reduce(ExactDecimal.zero, +)
            if items.count >= 3, sum != total.value {
                findings.append(
                    CheckCatalog.finding("score.sum", CheckMessages.scoreSum(items: items, sum: sum, total: total.value), line: total.line))
            }
            if let stated = facts.statedGrade,
                let finding = GradeCheck.mismatch(stated: stated.value, total: total.value, line: stated.line)
            {
                findings.append(finding)
            }
        }
        for n in tree.nodes.indices.dropFirst() { findings += headingFindings(tree, n) }
        for group in tree.groups { findings += groupFindings(group) }
        return findings
    }

    /// A table row that heads rows merged under it (决策 | | | 20 | 18, then | 目标设定 | …):
    /// its rows above its maximum, or not adding up to its score.
    func groupFindings(_ group: ScoreTree.Group) -> [Finding] {
        let items = group.parts.map(\.score)
        let sum = items.reduce(ExactDecimal.zero, +)
        let row = group.item
        if let max = row.max, sum > max {
            return [
                CheckCatalog.finding(
                    "score.over-max", CheckMessages.headingOverMax(name: row.name, items: items, sum: sum, max: max), line: row.line)
            ]
        }
        guard items.count >= 2, sum != row.score else { return [] }
        return [
            CheckCatalog.finding(
                "score.sum", DocumentMessages.headingSum(name: row.name, items: items, sum: sum, score: row.score), line: row.line)
        ]
    }

    /// A heading's parts above its maximum, its own score above its maximum, its parts
    /// not adding up to its own score.
    func headingFindings(_ tree: ScoreTree, _ n: Int) -> [Finding] {
        // Each finding needs the heading's maximum or its own score; most headings state
        // neither, so they are passed before the node (with its scores' texts) is copied.
        guard let h = tree.nodes[n].heading, tree.nodes[n].max != nil || tree.nodes[n].score != nil else { return [] }
        let node = tree.nodes[n]
        let heading = structure.headings[h]
        let items = tree.parts(n)
        let sum = items.reduce(ExactDecimal.zero, +)
        var findings: [Finding] = []
        if let max = node.max {
            if !items.isEmpty, sum > max {
                findings.append(
                    CheckCatalog.finding(
                        "score.over-max",
                        CheckMessages.headingOverMax(
                            name: heading.title, items: items, sum: sum, max: max), line: heading.line))
            } else if let own = node.score, own.score > max {
                findings.append(
                    CheckCatalog.finding(
                        "score.over-max", CheckMessages.overMax(name: heading.title, score: own.score, max: max), line: own.line))
            }
        }
        if let own = node.score, items.count >= 2, sum != own.score, node.max.map({ sum <= $0 }) ?? true {
            findings.append(
                CheckCatalog.finding(
                    "score.sum",
                    DocumentMessages.headingSum(
                        name: heading.title, items: items, sum: sum, score: own.score), line: own.line))
        }
        return findings
    }

    /// Over-max, unsupported and unexplained item scores.
    func itemFindings() -> [Finding] {
        var findings: [Finding] = []
        for item in facts.scores {
            guard let max = item.max else { continue }
            if item.score > max {
                findings.append(
                    CheckCatalog.finding(
                        "score.over-max", CheckMessages.overMax(name: item.name, score: item.score, max: max), line: item.line))
                continue
            }
            if let rate = facts.rates.first(where: {
                $0.paragraph == item.paragraph
                    && Self.proportionalRates.contains(where: $0.name.hasSuffix) && $0.percent < 100
            }) {
                let computed = (max * rate.percent).divided(by: 100)?.rounded(places: 2) ?? max
                if item.score > computed {
                    findings.append(
                        CheckCatalog.finding(
                            "score.unsupported",
                            CheckMessages.unsupported(
                                name: item.name, score: item.score, max: max, rateText: "\(rate.name) \(rate.percent)%", computed: computed),
                            line: item.line))
                }
            }
            if item.score < max, !Self.reasonWords.contains(where: item.context.hasScalars), !Self.isStatedNote(item) {
                findings.append(
                    CheckCatalog.finding(
                        "deviation.missing", CheckMessages.deviationScore(name: item.name, score: item.score, max: max), line: item.line))
            }
        }
        return findings
    }

    static let emptyNotes: Set<String> = ["无", "否", "—", "——", "-", "/", "／", "\\"]

    /// A table row whose reason cell (扣分原因, 偏差原因) holds a text: the reason is given there.
    static func isStatedNote(_ item: ScoreItem) -> Bool {
        guard item.fromTable else { return false }
        let note = item.context.trimmedSpaces
        return !note.isEmpty && !emptyNotes.contains(note)
    }

    static let maxWords = ["分值", "满分"].map { Array($0.unicodeScalars) }

    /// A maximum written in a heading: （20分）, 分值20分, 满分20分.
    static func statedMax(_ s: [Unicode.Scalar]) -> ExactDecimal? {
        var i = 0
        while i < s.count {
            if s[i] == "分", let number = TextScan.numberEnding(s, before: i) {
                let before = number.start > 0 ? s[number.start - 1] : " "
                if before == "(" || before == "（" || TextScan.hasSuffix(Self.maxWords[0], s, before: number.start)
                    || TextScan.hasSuffix(Self.maxWords[1], s, before: number.start)
                {
                    return number.value
                }
            }
            i += 1
        }
        return nil
    }
}
