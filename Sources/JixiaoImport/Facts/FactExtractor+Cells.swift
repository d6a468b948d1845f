import JixiaoCore

extension FactExtractor {
    /// The value of a label that stood alone in the paragraph before (人员编制 / 128,
    /// 联系人 / 张某, 实施单位 / 某某局): a table read one cell a line.
    mutating func valueAfterLoneLabel(_ kind: FactCue, _ word: [Unicode.Scalar], _ paragraph: Paragraph) {
        let s = paragraph.scalars
        switch kind {
        case .unitName, .unitLabel, .publisher:
            guard let name = OrganisationName.whole(s[...]) else { return }
            noteUnit(kind, Fact(name, line: paragraph.firstLine))
        case .staffAuthorized, .staffActual:
            let digits = s.last == "人" || s.last == "名" ? s.dropLast() : s[...]
            guard (1...6).contains(digits.count), digits.allSatisfy(Scalars.isDigit), let count = Int(TextScan.string(digits)) else {
                return
            }
            let fact = Fact(count, line: paragraph.firstLine)
            if kind == .staffAuthorized {
                if facts.staffAuthorized == nil { facts.staffAuthorized = fact }
            } else if facts.staffActual == nil {
                facts.staffActual = fact
            }
        case .filer, .contactPerson, .phone, .date:
            metaField(kind, word + [":"] + s, start: 0, end: word.count, paragraph: paragraph)
        case .totalScore, .selfScoreLoose:
            // 自评得分 / 96.5: a score alone on the next line.
            guard let number = TextScan.number(s, at: 0), number.end == s.count || s[number.end...].elementsEqual(["分"]),
                number.value <= 100, kind == .totalScore || number.value >= 50, facts.selfScore == nil
            else { return }
            facts.selfScore = Fact(number.value, line: paragraph.firstLine)
        case .amount(let id):
            // 本年支出合计(万元) / 1274.15: the number alone, in the label's unit or its own.
            guard let number = TextScan.number(s, at: 0) else { return }
            let written = TextScan.moneyUnit(s, at: number.end)
            guard number.end + (written?.1 ?? 0) == s.count, let unit = written?.0 ?? Self.declaredUnit(word[...]) else { return }
            let precision = ExactDecimal(significand: 1, decimalPlaces: number.places) * unit.inWanYuan
            let amount = StatedAmount(label: FigureCatalog.label(id), value: number.value * unit.inWanYuan, precision: precision)
            facts.amounts[id, default: []].append(Fact(amount, line: paragraph.firstLine))
        default:
            break
        }
    }

    static let labelsAfterName: [[Unicode.Scalar]] = ["联系电话", "联络电话", "电话", "职务", "手机"].map { Array($0.unicodeScalars) }

    /// `联系人张某联系电话…`: cells run together, a name of two to four ideographs right
    /// before the next label.
    mutating func nameBeforeLabel(_ kind: FactCue, _ s: [Unicode.Scalar], from j: Int, paragraph: Paragraph) {
        for length in 2...4 where j + length < s.count {
            guard s[j..<(j + length)].allSatisfy(Scalars.isIdeograph) else { return }
            guard Self.labelsAfterName.contains(where: { TextScan.has($0, s, at: j + length) }) else { continue }
            let fact = Fact(TextScan.string(s[j..<(j + length)]), line: paragraph.line(at: j), derived: kind == .contactPerson)
            if facts.filedBy == nil || (kind == .filer && facts.filedBy!.derived) { facts.filedBy = fact }
            return
        }
    }
}
