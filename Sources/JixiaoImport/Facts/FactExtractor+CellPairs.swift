import JixiaoCore

extension FactExtractor {
    /// One input line held as a cell of a table read one cell a line: paragraph and range.
    struct CellRef {
        var paragraph: Int
        var start: Int
        var end: Int
    }

    /// `编制数 / 实际在职人数 / 控制率 / 46 / 50 / 108.70%`: a header of K cells, then K numbers,
    /// one a line. The labels pair with the numbers in order; a staff label takes its count. Called for every input line: a number cell or a short label is noted,
    /// anything else forgets the cells.
    mutating func noteCell(_ s: [Unicode.Scalar], start: Int, end: Int, paragraph p: Int) {
        let cell = s[start..<end]
        // Most lines start with no digit: no copy for them.
        if let first = cell.first, Scalars.isDigit(first), CellLineTable.number(Array(cell)) != nil {
            if cellNumbers.isEmpty { cellHeaders.rowUnit = tableUnit }
            if cellNumbers.count < Self.cellNumbersCap { cellNumbers.append(CellRef(paragraph: p, start: start, end: end)) }
            return
        }
        if !cellNumbers.isEmpty { pairCells() }
        noteHeaderCell(cell)
        if cell.count <= 16, !cell.isEmpty {
            if cellLabels.count == 16 { cellLabels.removeFirst() }
            cellLabels.append(CellRef(paragraph: p, start: start, end: end))
        } else {
            cellLabels.removeAll()
        }
    }

    /// Pairs the numbers noted with the labels before them, then forgets both.
    mutating func pairCells() {
        defer { cellLabels.removeAll(); cellNumbers.removeAll() }
        readHeaderRow()
        let paragraphs = structure.document.paragraphs
        // The header is the K labels right after a group title (人员情况(人), or all the labels
        // when there are exactly K: otherwise a cell may be missing and the pairs shifted.
        var labels = cellLabels[...]
        if labels.count > cellNumbers.count, let first = labels.suffix(cellNumbers.count + 1).first {
            labels = labels.suffix(cellNumbers.count + 1)
            let title = paragraphs[first.paragraph].scalars[first.start..<first.end]
            if title.contains("(") || TextScan.find(Self.situation, in: Array(title), from: 0) != nil { labels = labels.dropFirst() }
        }
        guard cellNumbers.count >= 2, labels.count == cellNumbers.count else { return }
        for (label, value) in zip(labels, cellNumbers) {
            let l = Array(paragraphs[label.paragraph].scalars[label.start..<label.end])
            let v = Array(paragraphs[value.paragraph].scalars[value.start..<value.end])
            guard v.allSatisfy(Scalars.isDigit), v.count <= 6, let count = Int(TextScan.string(v)),
                let kind = Self.staffCue(l)
            else { continue }
            let fact = Fact(count, line: paragraphs[value.paragraph].line(at: value.start))
            if kind == .staffAuthorized {
                if facts.staffAuthorized == nil { facts.staffAuthorized = fact }
            } else if facts.staffActual == nil {
                facts.staffActual = fact
            }
        }
    }

    static let situation = Array("情况".unicodeScalars)

    /// The staff cue a header cell holds (编制数, 实际在职人数), unless it counts a change (新增编制).
    static func staffCue(_ label: [Unicode.Scalar]) -> FactCue? {
        guard !staffExclusions.contains(where: { TextScan.find($0, in: label, from: 0) != nil }) else { return nil }
        for i in label.indices {
            if let cue = FactCue.index.match(label, at: i), cue.kind == .staffAuthorized || cue.kind == .staffActual { return cue.kind }
        }
        return nil
    }
}
