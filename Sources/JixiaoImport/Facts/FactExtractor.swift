import JixiaoCore

/// Reads the facts of report-format.md §4 from a structured report, each with the
/// line it was read from. One pass over each paragraph finds the cues; small readers
/// take the value that follows. A fact the text does not state stays nil.
struct FactExtractor {
    let structure: DocumentStructure
    var facts = ReportFacts()
    var yearCounts: [Int: (count: Int, line: Int)] = [:]
    /// Years written without 度 and without a month after them (2020年项目支出), a weaker vote.
    var bareYearCounts: [Int: (count: Int, line: Int)] = [:]
    /// Paragraph and offset of numbers already read as the total score.
    var totalScoreSpans: Set<Int> = []
    /// A maximum (分值 N 分) waiting for the item score that follows it.
    var pendingMax: (value: ExactDecimal, paragraph: Int)? = nil
    /// The text of the last paragraph that stated a score.
    var context: (paragraph: Int, text: String)? = nil
    /// The publisher a government site names (发布机构), the unit's name when nothing better names it.
    var publisher: Fact<String>? = nil
    /// The unit a project table names (实施单位, 项目单位, 预算单位): after the filing unit
    /// (填报单位, 单位名称) and the title, before the publisher.
    var implementingUnit: Fact<String>? = nil
    /// A label alone in its paragraph (a table read one cell a line), waiting for its value
    /// in the next paragraph.
    var pendingLabel: (kind: FactCue, word: [Unicode.Scalar], paragraph: Int)? = nil
    /// The money unit a table's header cell declares ((万元), 单位:元), for bare amounts in the
    /// short paragraphs of a table read one cell a line; prose ends it.
    var tableUnit: MoneyParser.WrittenUnit? = nil
    /// `tableUnit` as it stood before the paragraph being scanned.
    var tableUnitBefore: MoneyParser.WrittenUnit? = nil
    /// Labels and numbers of a table read one cell a line, waiting to be paired (`noteCell`).
    var cellLabels: [CellRef] = []
    var cellNumbers: [CellRef] = []
    /// The paragraph being scanned.
    var currentParagraph = 0
    /// The tables being walked, so that the cells of indicator rows are not read as prose
    /// (numbers in 评分说明 are no scores); `ProjectTableReader` reads them by column.
    var tables = TableCursor()
    /// A header row waiting for its values on the next input line (`HeaderRow`).
    var headerRow: HeaderRow? = nil
    /// The rows the cursor met, for `ProjectTableReader`.
    var tableSteps: [TableCursor.Step] = []
    /// Dates run in after a name (`noteSignature`), the filing date when the name is the unit's.
    var signatures: [(date: String, line: Int, before: String)] = []
    /// Headers of tables read one cell a line, for the rows under them (`CellHeader`).
    var cellHeaders = CellHeaderState()
    /// The period columns (上年数 | 本年数) of the tab- or pipe-separated table being read.
    var periodColumns: PeriodColumns? = nil
    /// The title's year, once looked for (`yearSoFar`).
    var titleYearCache: Int?? = nil

    init(_ structure: DocumentStructure) { self.structure = structure }

    static func extract(_ structure: DocumentStructure) -> ReportFacts {
        var extractor = FactExtractor(structure)
        extractor.run()
        return extractor.facts
    }

    mutating func run() {
        for (p, paragraph) in structure.document.paragraphs.enumerated() {
            scan(paragraph, index: p)
        }
        let prose = facts.scores
        facts.scores = []
        let rows = ProjectTableReader.read(tableSteps, structure, into: &facts)
        facts.scores = TableScoreMerge.merge(prose: prose, table: facts.scores, rows: rows)
        finishMeta()
    }

    mutating func scan(_ paragraph: Paragraph, index p: Int) {
        switch tables.next(paragraph, index: p, steps: &tableSteps) {
        case .item: return
        case .prose:
            if let rows = RunTogetherTable.rows(paragraph) { tables.next(rows: rows, index: p, steps: &tableSteps) }
        default: break
        }
        let s = paragraph.scalars
        currentParagraph = p
        if let pending = pendingLabel {
            pendingLabel = nil
            if pending.paragraph == p { valueAfterLoneLabel(pending.kind, pending.word, paragraph) }
        }
        cellLines(paragraph, index: p)
        headerRows(paragraph)
        notePeriodHeader(paragraph)
        var i = 0
        var skipUntil = 0
        let cues = FactCue.index
        let n = s.count
        while i < n {
            // Most scalars start no cue and are none of 分 % 年 ≥ ≤ > < =: on to the next that may.
            i = s.withUnsafeBufferPointer { b in
                Self.triggers.withUnsafeBufferPointer { triggers in
                    var k = i
                    while k < n {
                        let v = b[k].value
                        if v < 65536, triggers[Int(v >> 6)] & 1 << UInt64(v & 63) != 0 { break }
                        k += 1
                    }
                    return k
                }
            }
            guard i < n else { break }
            let c = s[i]
            if i >= skipUntil, let cue = cues.match(s, at: i) {
                let end = i + cue.word.count
                handle(cue.kind, s, start: i, end: end, paragraph: paragraph, index: p)
                skipUntil = end
            }
            switch c {
            case "分": scoreAt(s, fen: i, paragraph: paragraph, index: p)
            case "%": rateAt(s, percent: i, paragraph: paragraph)
            case "年": yearAt(s, nian: i, paragraph: paragraph)
            case "≥", "≤", ">", "<", "=": targetAt(s, symbol: i, paragraph: paragraph, index: p)
            default: break
            }
            i += 1
        }
    }

    /// Scalars at which `scan` has something to do: first scalars of cues, and the
    /// scalars it reads values around.
    static let triggers: [UInt64] = {
        var bits = [UInt64](repeating: 0, count: 1024)
        let scalars = FactCue.entries.compactMap(\.0.unicodeScalars.first) + ["分", "%", "年", "≥", "≤", ">", "<", "="]
        for scalar in scalars where scalar.value < 65536 { bits[Int(scalar.value >> 6)] |= 1 << UInt64(scalar.value & 63) }
        return bits
    }()

    mutating func handle(_ kind: FactCue, _ s: [Unicode.Scalar], start: Int, end: Int, paragraph: Paragraph, index p: Int) {
        if end == s.count, s.count <= 8 { pendingLabel = (kind, Array(s[start..<end]), p + 1) }
        // 本年支出合计(万元) alone on its line: the amount is the next line.
        if case .amount = kind, start == 0, end < s.count, s.count - end <= 6, Self.declaredUnit(s[end...]) != nil {
            pendingLabel = (kind, s, p + 1)
        }
        switch kind {
        case .unitName, .filer, .contactPerson, .phone, .date:
            metaField(kind, s, start: start, end: end, paragraph: paragraph)
        case .unitLabel, .nameAtStart, .publisher:
            unitLabel(kind, s, start: start, end: end, paragraph: paragraph)
        case .amount(let id):
            amountAfter(id, s, start: start, end: end, paragraph: paragraph)
        case .amountAtStart(let id):
            if Self.startsField(s, at: start, paragraph), Self.fieldValueFollows(s, after: end) {
                amountAfter(id, s, start: start, end: end, paragraph: paragraph)
            }
        case .noCarryover:
            if facts.amounts["carryoverEnd"] == nil {
                let zero = StatedAmount(label: "年末结转结余", value: .zero)
                facts.amounts["carryoverEnd"] = [Fact(zero, line: paragraph.line(at: start))]
            }
        case .staffAuthorized, .staffActual:
            staffAfter(kind, s, start: start, end: end, paragraph: paragraph)
        case .totalScore, .selfScoreLoose:
            totalScoreAfter(kind, s, end: end, paragraph: paragraph)
        case .grade:
            gradeAfter(s, end: end, paragraph: paragraph)
        }
    }
}
