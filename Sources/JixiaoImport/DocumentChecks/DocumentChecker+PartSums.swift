import JixiaoCore

extension DocumentChecker {
    static let partsCue = Array("其中".unicodeScalars)
    static let sentenceEnds: Set<Unicode.Scalar> = ["。"]
    static let labelStops: Set<Unicode.Scalar> = ["。", ";", "；", ",", "，", "、", ":", "：", ")", "）"]
    /// Words that make the amounts after 其中 something other than a split of the total:
    /// changes, comparisons, stages of the same money, or a further level of parts.
    static let partsExclusions: [[Unicode.Scalar]] = [
        "其中", "包括", "含", "增", "减", "较", "比", "上年", "同期", "预算", "执行", "到位", "拨付", "支付", "结转", "结余",
        "累计", "完成", "调整", "追加", "剩余", "未",
    ].map { Array($0.unicodeScalars) }

    /// A stated amount followed at once by its 其中 parts whose amounts add up to more
    /// than it (`sum.expenditure`). Amounts in brackets are a part's own sub-parts and are
    /// left out. Only parts above the total are provable: parts below it may be a partial list;
    /// a list whose first parts make the total, or that names an earlier part again, goes on
    /// to another level and is left alone.
    func partSumChecks() -> [(finding: Finding, check: SumCheck)] {
        structure.document.paragraphs.flatMap { paragraph in
            var findings: [(finding: Finding, check: SumCheck)] = []
            let s = paragraph.scalars
            var from = 0
            while let cue = TextScan.find(Self.partsCue, in: s, from: from) {
                from = cue + Self.partsCue.count
                if let finding = partSum(paragraph, cue: cue) { findings.append(finding) }
            }
            return findings
        }
    }

    private func partSum(_ paragraph: Paragraph, cue: Int) -> (finding: Finding, check: SumCheck)? {
        let s = paragraph.scalars
        guard let total = amountEnding(s, before: cue) else { return nil }
        var end = cue + Self.partsCue.count
        while end < s.count, !Self.sentenceEnds.contains(s[end]) { end += 1 }
        var parts: [(sign: Int, amount: StatedAmount)] = []
        var depth = 0
        var labelStart = cue + Self.partsCue.count
        var i = labelStart
        while i < end {
            let c = s[i]
            if c == "(" || c == "（" {
                depth += 1
            } else if c == ")" || c == "）" {
                depth = max(0, depth - 1)
                labelStart = i + 1
            } else if depth == 0, Self.partsExclusions.contains(where: { TextScan.has($0, s, at: i) }) {
                return nil
            } else if depth == 0, Self.labelStops.contains(c) {
                labelStart = i + 1
            } else if depth == 0, Scalars.isDigit(c), let number = TextScan.number(s, at: i) {
                i = number.end
                guard let (unit, length) = TextScan.moneyUnit(s, at: number.end) else { continue }
                let label = TextScan.string(s[labelStart..<number.start]).trimmedSpaces
                // 基本支出中人员经费: a part of an earlier part, a further level.
                if parts.contains(where: { $0.amount.label.count >= 2 && label.contains($0.amount.label) }) { return nil }
                let shown = label.isEmpty || label.count > 24 ? "第\(parts.count + 1)项" : label
                parts.append((1, stated(number, unit, label: shown)))
                i = number.end + length
                labelStart = i
                continue
            }
            i += 1
        }
        guard parts.count >= 2 else { return nil }
        // The first parts already make the total: what follows is detail of another kind.
        for count in 2..<parts.count where SumCheck(terms: Array(parts.prefix(count)), total: total).holds { return nil }
        let check = SumCheck(terms: parts, total: total)
        guard check.difference > check.tolerance + total.precision else { return nil }
        return (CheckCatalog.finding("sum.expenditure", CheckMessages.sum(check), line: paragraph.line(at: cue)), check)
    }

    /// The amount with its money unit that ends just before `end`, past the punctuation
    /// that may stand before 其中 (`…3,000万元。其中`).
    private func amountEnding(_ s: [Unicode.Scalar], before end: Int) -> StatedAmount? {
        var j = end
        while j > 0, j - end > -3, [" ", "。", ",", "，", ":", "："].contains(s[j - 1]) { j -= 1 }
        for unitLength in 1...2 {
            let unitStart = j - unitLength
            guard unitStart > 0, let (unit, length) = TextScan.moneyUnit(s, at: unitStart), unitStart + length == j,
                let number = TextScan.numberEnding(s, before: unitStart)
            else { continue }
            return stated(number, unit, label: "「其中」前所述总额")
        }
        return nil
    }

    private func stated(_ number: TextScan.Number, _ unit: MoneyParser.WrittenUnit, label: String) -> StatedAmount {
        let precision = ExactDecimal(significand: 1, decimalPlaces: number.places) * unit.inWanYuan
        return StatedAmount(label: label, value: number.value * unit.inWanYuan, precision: precision)
    }
}
