/// The ways the cells of a row run together read as columns of given kinds: a number may be
/// glued to the cell after it (`2020` as 20 and 20), a value is a number with its unit
/// (≥266米, 100%) or a short text (显著提升); the last cell is a whole number. Every reading
/// is returned with where it ends; past `budget` steps there are too many to choose from.
struct RunTogetherCells {
    typealias Kind = RunTogetherTable.Kind
    let s: [Unicode.Scalar]
    var budget = 4096
    /// True when the budget ran out: the readings returned are not all there are.
    var overflowed: Bool { budget <= 0 }

    init(s: [Unicode.Scalar]) { self.s = s }

    mutating func readings(at i: Int, _ kinds: ArraySlice<Kind>) -> [([String], Int)] {
        guard let kind = kinds.first else { return [([], i)] }
        budget -= 1
        guard budget > 0, i < s.count else { return [] }
        let rest = kinds.dropFirst()
        var out: [([String], Int)] = []
        for end in cellEnds(at: i, kind, next: rest.first) {
            for (cells, finish) in readings(at: end, rest) { out.append(([TextScan.string(s[i..<end])] + cells, finish)) }
        }
        return out
    }

    /// Where a cell of `kind` starting at `i` may end.
    func cellEnds(at i: Int, _ kind: Kind, next: Kind?) -> [Int] {
        switch kind {
        case .number:
            let run = numberRun(i)
            // Glued to the next cell only where that starts with a digit of its own.
            let glued = next == .number || next == .rate || next == .value
            // Never split inside the decimals (100.00 is no 100.0 and 0).
            let point = s[i..<run].firstIndex(of: ".") ?? run
            return ((i + 1)...max(i + 1, run)).filter { k in
                k <= run && isNumber(i, k) && (k == run || (glued && k < point && Scalars.isDigit(s[k])))
                    && (next != nil || k == s.count || (s[k] != "%" && s[k] != "分"))
            }
        case .rate:
            let run = numberRun(i)
            return run > i && isNumber(i, run) && run < s.count && s[run] == "%" ? [run + 1] : []
        case .value:
            var j = i
            if j < s.count, RunTogetherTable.isSign(s[j]) { j += 1 }
            if j < s.count, Scalars.isDigit(s[j]) {
                let run = numberRun(j)
                return isNumber(j, run) ? suffixEnds(from: run, atLeast: 1, upTo: 6) : []
            }
            guard j == i, i < s.count, Scalars.isIdeograph(s[i]) else { return [] }
            return suffixEnds(from: i, atLeast: 1, upTo: 12)
        case .name, .ignored:
            return []
        }
    }

    /// Ends of a run of text (no digit, sign or ellipsis) starting at `from`.
    func suffixEnds(from: Int, atLeast: Int, upTo: Int) -> [Int] {
        var ends: [Int] = []
        var k = from
        while k < s.count, k - from < upTo, !Scalars.isDigit(s[k]), !RunTogetherTable.isSign(s[k]), s[k] != "…", s[k] != " " {
            k += 1
            if k - from >= atLeast { ends.append(k) }
        }
        return ends
    }

    /// The end of the digits (and one decimal point) from `i`.
    func numberRun(_ i: Int) -> Int {
        var k = i, point = false
        while k < s.count, Scalars.isDigit(s[k]) || (!point && s[k] == "." && k + 1 < s.count && Scalars.isDigit(s[k + 1])) {
            if s[k] == "." { point = true }
            k += 1
        }
        return k
    }

    /// `s[i..<k]` is a number as written: digits, a decimal point inside, no leading zero.
    func isNumber(_ i: Int, _ k: Int) -> Bool {
        guard k > i, Scalars.isDigit(s[i]), Scalars.isDigit(s[k - 1]) else { return false }
        return s[i] != "0" || k == i + 1 || s[i + 1] == "."
    }
}
