import JixiaoCore

extension RunTogetherTable {
    typealias Read = (cells: [String], start: Int)

    /// The item rows after an indicator header, up to and with its 总分 row; nil unless every
    /// row reads one way and the table ends in a total.
    static func itemRows(_ s: [Unicode.Scalar], from: Int, _ columns: [Column]) -> ([Read], Int)? {
        guard let nameColumn = columns.lastIndex(where: { $0.kind == .name }),
            let last = columns.lastIndex(where: { $0.kind != .ignored }), last > nameColumn
        else { return nil }
        let kinds = columns[(nameColumn + 1)...last].map(\.kind)
        var rows: [Read] = []
        var i = from
        while rows.count < 200 {
            while i < s.count, s[i] == "…" || s[i] == "." || s[i] == " " || s[i] == "·" { i += 1 }
            guard i < s.count else { return nil }
            if let (total, end) = totalRow(s, at: i, columns) { return rows.isEmpty ? nil : (rows + [total], end) }
            guard let (names, bodyStart) = names(s, from: i),
                let (cells, end) = onlyReading(s, at: bodyStart, columns: Array(columns[(nameColumn + 1)...last]), kinds: kinds)
            else { return nil }
            var row = Array(repeating: "", count: columns.count)
            for (offset, name) in names.reversed().prefix(nameColumn + 1).enumerated() { row[nameColumn - offset] = name }
            row.replaceSubrange((nameColumn + 1)...last, with: cells)
            rows.append((row, i))
            i = end
        }
        return nil
    }

    /// The funds row after a funds header (年度资金总额: and its amounts, rate and score).
    static func fundsRow(_ s: [Unicode.Scalar], from: Int, _ columns: [Column]) -> ([Read], Int)? {
        var i = from
        while i < s.count, i - from < 16, !Scalars.isDigit(s[i]), s[i] != ":" { i += 1 }
        let label = TextScan.string(s[from..<i])
        guard label.hasScalars("总额") || label.hasScalars("资金") else { return nil }
        if i < s.count, s[i] == ":" { i += 1 }
        let cellColumns = Array(columns.dropFirst())
        guard let (cells, end) = onlyReading(s, at: i, columns: cellColumns, kinds: cellColumns.map(\.kind)) else { return nil }
        return ([([label] + cells, from)], end)
    }

    /// 总分 (合计, 总计) and its numbers, in the number columns that follow the names.
    static func totalRow(_ s: [Unicode.Scalar], at i: Int, _ columns: [Column]) -> (Read, Int)? {
        guard let word = ["总分", "合计", "总计"].first(where: { TextScan.has(Array($0.unicodeScalars), s, at: i) }) else { return nil }
        var j = i + 2
        while j < s.count, s[j] == ":" || s[j] == " " { j += 1 }
        let numbered = columns.indices.filter { columns[$0].kind == .number }
        guard numbered.count == 2,
            let (cells, end) = onlyReading(s, at: j, columns: numbered.map { columns[$0] }, kinds: [.number, .number])
        else { return nil }
        var row = Array(repeating: "", count: columns.count)
        row[0] = word
        for (column, cell) in zip(numbered, cells) { row[column] = cell }
        return ((row, i), end)
    }

    /// The names before a row's cells: up to the first number or comparison sign outside
    /// brackets, split after each 指标 and each (N分) (一级, 二级, 三级指标).
    static func names(_ s: [Unicode.Scalar], from: Int) -> ([String], Int)? {
        var names: [String] = []
        var start = from, j = from
        while j < s.count, j - from < 60, !Scalars.isDigit(s[j]), !isSign(s[j]), s[j] != "…" {
            if s[j] == "(", let close = s[(j + 1)..<min(s.count, j + 14)].firstIndex(of: ")") {
                j = close + 1
                if s[close - 1] == "分" { names.append(TextScan.string(s[start..<j])); start = j }
                continue
            }
            j += 1
            if j - start > 2, s[j - 2] == "指", s[j - 1] == "标", j < s.count, s[j] != "(", !Scalars.isDigit(s[j]) {
                names.append(TextScan.string(s[start..<j]))
                start = j
            }
        }
        guard j < s.count, Scalars.isDigit(s[j]) || isSign(s[j]) else { return nil }
        if j > start { names.append(TextScan.string(s[start..<j])) }
        guard let last = names.last, last.unicodeScalars.contains(where: Scalars.isIdeograph) else { return nil }
        return (names, j)
    }

    /// The one reading of the cells at `i` that its columns allow: a score at most its
    /// maximum, a maximum at most 100, a rate its amounts give; where several remain, the
    /// ones whose target and actual value are written alike, then the ones whose score the
    /// rate gives (分值 × 执行率); else nil.
    static func onlyReading(_ s: [Unicode.Scalar], at i: Int, columns: [Column], kinds: [Kind]) -> ([String], Int)? {
        var reader = RunTogetherCells(s: s)
        var readings = reader.readings(at: i, kinds[...]).filter { fits($0.0, columns) }
        guard !reader.overflowed else { return nil }
        for preferred in [valuesAlike(kinds), scoreFromRate(columns)] where readings.count > 1 {
            let kept = readings.filter { preferred($0.0) }
            if !kept.isEmpty { readings = kept }
        }
        return readings.count == 1 ? readings[0] : nil
    }

    static func valuesAlike(_ kinds: [Kind]) -> ([String]) -> Bool {
        { cells in
            let values = zip(kinds, cells).filter { $0.0 == .value }.map(\.1)
            return values.count >= 2 && Set(values).count == 1
        }
    }

    static func scoreFromRate(_ columns: [Column]) -> ([String]) -> Bool {
        { cells in
            let numbers = cells.map { MoneyParser.parseNumber($0.hasSuffix("%") ? String($0.dropLast()) : $0) }
            guard let rate = columns.firstIndex(where: { $0.kind == .rate }).flatMap({ numbers[$0] }),
                let max = columns.firstIndex(where: { $0.word == "分值" }).flatMap({ numbers[$0] }),
                let score = columns.firstIndex(where: { $0.word == "得分" }).flatMap({ numbers[$0] })
            else { return false }
            let given = min(max.value, (max.value * rate.value).divided(by: .hundred) ?? .zero)
            return given.rounded(places: score.places) == score.value
        }
    }

    static func fits(_ cells: [String], _ columns: [Column]) -> Bool {
        func number(_ word: String) -> ExactDecimal? {
            columns.firstIndex { $0.word == word }.flatMap { MoneyParser.parseNumber(cells[$0])?.value }
        }
        let max = number("分值") ?? number("权重"), score = number("得分")
        if let max, max > 100 || score.map({ $0 > max }) == true { return false }
        if let column = columns.firstIndex(where: { $0.kind == .rate }),
            let rate = MoneyParser.parseNumber(String(cells[column].dropLast())),
            let executed = number("全年执行数"), let budget = number("全年预算数"), budget > .zero
        {
            return (executed * .hundred).divided(by: budget)?.rounded(places: rate.places) == rate.value
        }
        return true
    }

    static func isSign(_ c: Unicode.Scalar) -> Bool { c == "≥" || c == "≤" || c == ">" || c == "<" || c == "=" }
}
