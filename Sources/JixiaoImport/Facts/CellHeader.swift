import JixiaoCore

/// Headers of a table read one cell a line, for the amounts of the row under them. Blank
/// cells leave no line, so a row may hold fewer numbers than the header has columns.
/// - Grouped: `总额 / 基本支出 / 项目支出 / 合计 / 财政拨款 / … / 合计 / 财政拨款 / …`, the
///   groups' titles in one header row and their sub-columns (each run opening with 合计) in
///   the next. The numbers are placed by their sums: each group's 合计 is the sum of the
///   numbers after it in its group, and the groups' 合计 add up to the total.
/// - Year columns: `2022年决算数 / 2023年预算数 / 2023年决算数`, each row a label and one
///   number per column (`YearColumn`).
enum CellHeader {
    /// A grouped header: the total's column (when the header opens with one), then for each
    /// group the amount it names and how many columns it spans.
    struct Grouped: Equatable {
        var hasTotal: Bool
        var groups: [String]
        var widths: [Int]

        /// The amount the total column states: the expenditure, when the groups are its parts.
        var totalId: String? {
            guard hasTotal else { return nil }
            let parts = Set(groups)
            if parts == ["basicExpenditure", "projectExpenditure"] { return "expenditureTotal" }
            if parts == ["personnelExpenditure", "publicExpenditure"] { return "basicExpenditure" }
            return nil
        }
    }

    static let totalWords: [[Unicode.Scalar]] = ["总额", "合计", "总计", "小计"].map { Array($0.unicodeScalars) }
    static let subtotalWords: [[Unicode.Scalar]] = ["合计", "小计"].map { Array($0.unicodeScalars) }

    /// A header cell without its bracketed note and closing colon: `项目支出(万元):` → 项目支出.
    static func bare(_ cell: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var core = CellLineTable.withoutNotes(cell)
        while core.last == ":" { core.removeLast() }
        return core
    }

    /// The amount a cell names and nothing else (基本支出, 项目支出:, 公用经费(万元), 2、项目支出).
    static func amountId(_ cell: [Unicode.Scalar]) -> String? {
        var core = bare(cell)
        if let marker = HeadingMarker.parse(core, at: 0), marker.length < core.count { core.removeFirst(marker.length) }
        guard !core.isEmpty, let cue = FactCue.index.match(core, at: 0), cue.word.count == core.count,
            case .amount(let id) = cue.kind
        else { return nil }
        return id
    }

    /// The grouped header the last `labels` form: two or more part titles in a row
    /// (基本支出, 项目支出), the total word before them if any, and after them nothing or one run
    /// of sub-columns per group, each opening with 合计.
    static func grouped(_ labels: [[Unicode.Scalar]]) -> Grouped? {
        let ids = labels.map { amountId($0).flatMap { FactExtractor.partIds.contains($0) ? $0 : nil } }
        guard let last = ids.lastIndex(where: { $0 != nil }) else { return nil }
        var first = last
        while first > 0, ids[first - 1] != nil { first -= 1 }
        let groups = ids[first...last].compactMap { $0 }
        guard groups.count >= 2, Set(groups).count == groups.count else { return nil }
        let hasTotal = first > 0 && totalWords.contains(bare(labels[first - 1]))
        let subs = labels[(last + 1)...].map(bare)
        var widths = [Int](repeating: 1, count: groups.count)
        if !subs.isEmpty {
            let opens = subs.indices.filter { subtotalWords.contains(subs[$0]) }
            guard opens.first == subs.startIndex, opens.count == groups.count else { return nil }
            for (g, start) in opens.enumerated() {
                widths[g] = (g + 1 < opens.count ? opens[g + 1] : subs.endIndex) - start
            }
        }
        return Grouped(hasTotal: hasTotal, groups: groups, widths: widths)
    }

    /// Which number each amount of a grouped header is: (amount id, index in `numbers`), when
    /// exactly one way of placing the numbers adds up, and some sum was checked.
    static func place(_ header: Grouped, _ numbers: [ExactDecimal]) -> [(id: String, index: Int)]? {
        let offset = header.hasTotal ? 1 : 0
        guard numbers.count > offset, numbers.count - offset <= header.widths.reduce(0, +) else { return nil }
        var found: [[Int]] = []
        // Segment lengths, group by group; a segment longer than one is a 合计 and its parts.
        func search(_ g: Int, _ at: Int, _ starts: [Int]) {
            guard found.count < 2 else { return }
            if g == header.groups.count {
                guard at == numbers.count else { return }
                if header.hasTotal, starts.reduce(ExactDecimal.zero, { $0 + numbers[$1] }) != numbers[0] { return }
                found.append(starts)
                return
            }
            for length in 1...header.widths[g] where at + length <= numbers.count {
                if length > 1, numbers[(at + 1)..<(at + length)].reduce(ExactDecimal.zero, +) != numbers[at] { continue }
                search(g + 1, at + length, starts + [at])
            }
        }
        search(0, offset, [])
        guard found.count == 1, let starts = found.first else { return nil }
        // Some sum must have been checked: the total, or a 合计 against its parts.
        let segmentChecked = zip(starts, starts.dropFirst() + [numbers.count]).contains { $1 - $0 > 1 }
        guard header.hasTotal || segmentChecked else { return nil }
        var placed = zip(header.groups, starts).map { (id: $0, index: $1) }
        if let total = header.totalId { placed.insert((total, 0), at: 0) }
        return placed
    }
}
