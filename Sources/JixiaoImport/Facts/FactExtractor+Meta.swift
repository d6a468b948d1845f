import JixiaoCore

extension FactExtractor {
    /// `填报人:李惠君`, `联系电话:0751-6920122`, `填报日期:2024年3月25日`, `部门名称:X(公章)`.
    mutating func metaField(_ kind: FactCue, _ s: [Unicode.Scalar], start: Int, end: Int, paragraph: Paragraph) {
        var j = TextScan.skipSpaces(s, end)
        // A label that ends its input line (a table read one cell a line) has its value on the next.
        let ownLine = j < s.count && s[j] != ":" && paragraph.startsLine(at: j)
        // 填表日期 | 2023年4月6日: the next cell is the value as after a colon.
        guard j < s.count, s[j] == ":" || s[j] == "\t" || s[j] == "|" || ownLine else {
            if kind == .unitName { unitLabel(kind, s, start: start, end: end, paragraph: paragraph) }
            if kind == .filer || kind == .contactPerson { nameBeforeLabel(kind, s, from: j, paragraph: paragraph) }
            return
        }
        if !ownLine { j = TextScan.skipSpaces(s, j + 1) }
        facts.hasCover = facts.hasCover || kind != .unitName
        var k = j
        switch kind {
        case _ where ownLine:
            while k < s.count, k == j || !paragraph.startsLine(at: k) { k += 1 }
            if kind == .unitName || k - j > 20 { return }
        case .phone:
            while k < s.count, Scalars.isDigit(s[k]) || s[k] == "-" || s[k] == " " || s[k] == "—" || s[k] == "转" { k += 1 }
        case .date:
            while k < s.count, Scalars.isDigit(s[k]) || "年月日-./ ".unicodeScalars.contains(s[k]) { k += 1 }
        default:
            while k < s.count, s[k] != " ", s[k] != "(", s[k] != "（", s[k] != "\t", s[k] != "|", !Scalars.isClauseBreak(s[k]) { k += 1 }
        }
        let value = TextScan.string(s[j..<k]).trimmedSpaces
        guard !value.isEmpty else { return }
        let fact = Fact(value, line: paragraph.line(at: j))
        switch kind {
        case .unitName: if facts.unitName == nil { facts.unitName = fact }
        case .filer: if facts.filedBy == nil || facts.filedBy!.derived { facts.filedBy = fact }
        case .contactPerson: if facts.filedBy == nil { facts.filedBy = Fact(value, line: fact.line, derived: true) }
        case .phone: if facts.phone == nil { facts.phone = fact }
        case .date: if facts.filedOn == nil { facts.filedOn = fact }
        default: break
        }
    }

    /// `填报单位(盖章):X`, `实施单位 | X |`, `名称: X 2022年度…`, `发布机构 X`: the name after a
    /// label, where it is one (OrganisationName); the first label wins, the publisher waits.
    mutating func unitLabel(_ kind: FactCue, _ s: [Unicode.Scalar], start: Int, end: Int, paragraph: Paragraph) {
        if kind == .nameAtStart, start > 0, s[start - 1] != " ", s[start - 1] != "|", s[start - 1] != "\t" { return }
        var j = end
        // (盖章) (公章) between the label and its value.
        if j < s.count, s[j] == "(", let close = s[j..<min(s.count, j + 6)].firstIndex(of: ")") { j = close + 1 }
        let valueStart = j
        // 实施单位为某某县人民医院: 为 joins a label to its name in a sentence.
        while j < s.count, j - valueStart < 4, s[j] == " " || s[j] == ":" || s[j] == "|" || s[j] == "\t" || s[j] == "为" { j += 1 }
        if j == s.count, kind != .nameAtStart {
            // A table read one cell a line: the value is the next paragraph.
            pendingLabel = (kind, Array(s[start..<end]), currentParagraph + 1)
            return
        }
        guard j > end || paragraph.pieces.contains(where: { $0.offset == end }) else { return }
        let run = OrganisationName.runEnd(s, from: j)
        guard let nameEnd = OrganisationName.nameEnd(s, from: j, to: run) else { return }
        let fact = Fact(TextScan.string(s[j..<nameEnd]), line: paragraph.line(at: j))
        noteUnit(kind, fact)
    }

    /// A unit name read after a label, kept by how much the label says about the reporting unit.
    mutating func noteUnit(_ kind: FactCue, _ fact: Fact<String>) {
        switch kind {
        case .publisher: if publisher == nil { publisher = fact }
        case .unitLabel: if implementingUnit == nil { implementingUnit = fact }
        default: if facts.unitName == nil { facts.unitName = fact }
        }
    }

    /// `2023年度` counts towards the fiscal year; `2024年3月25日` is a date mention.
    mutating func yearAt(_ s: [Unicode.Scalar], nian: Int, paragraph: Paragraph) {
        guard let year = Self.year(s, before: nian) else {
            labelledYear(s, nian: nian, paragraph: paragraph)
            return
        }
        let line = paragraph.line(at: nian - 4)
        if nian + 1 < s.count, s[nian + 1] == "度" {
            let old = yearCounts[year]
            yearCounts[year] = ((old?.count ?? 0) + 1, old?.line ?? line)
            return
        }
        // 2024年3月25日
        var j = nian + 1
        if j >= s.count || !Scalars.isDigit(s[j]) {
            let old = bareYearCounts[year]
            bareYearCounts[year] = ((old?.count ?? 0) + 1, old?.line ?? line)
            return
        }
        guard let month = TextScan.number(s, at: j), month.places == 0, month.end < s.count, s[month.end] == "月" else { return }
        j = month.end + 1
        guard let day = TextScan.number(s, at: j), day.places == 0, day.end < s.count, s[day.end] == "日" else { return }
        let date = CalendarDate(year: year, month: month.integer ?? 0, day: day.integer ?? 0)
        let text = TextScan.string(s[(nian - 4)...day.end])
        facts.dates.append(DateMention(text: text, date: date, line: line))
        noteSignature(s, yearStart: nian - 4, dayEnd: day.end, text: text, line: line)
    }

    /// Unit name, fiscal year and date fallbacks once the whole text is read.
    mutating func finishMeta() {
        func mostWritten(_ counts: [Int: (count: Int, line: Int)]) -> Fact<Int>? {
            counts.max(by: { ($0.value.count, -$0.value.line) < ($1.value.count, -$1.value.line) }).map {
                Fact($0.key, line: $0.value.line)
            }
        }
        facts.fiscalYear = titleYear() ?? mostWritten(yearCounts) ?? mostWritten(bareYearCounts)
        let paragraphs = structure.document.paragraphs
        if facts.filedOn == nil, let signature = paragraphs.suffix(4).last(where: { BlockRules.isDateLine($0.scalars) }) {
            facts.filedOn = Fact(signature.text, line: signature.firstLine)
        }
        if facts.fiscalYear == nil, let filed = facts.filedOn, let date = CalendarDate(filed.value) {
            facts.fiscalYear = Fact(date.year - 1, line: filed.line, derived: true)
        }
        if let label = facts.unitName {
            // A label may give a short form (县委编办) of the name the title spells out.
            if let title = UnitNameFinder.title(structure), title.value.count > label.value.count,
                title.value.prefix(2) == label.value.prefix(2)
            {
                facts.unitName = title
            }
        } else {
            facts.unitName = UnitNameFinder.find(structure, hasCover: facts.hasCover, publisher: implementingUnit ?? publisher)
        }
        if facts.filedOn == nil { facts.filedOn = signatureRunIn() }
        placeHeaderRows()
    }
}
