/// A set of cue words found in one pass over text: a bitmap on first scalars rejects
/// most positions without a lookup; a hit finds its candidates in a small
/// open-addressing table (no hashing of a Dictionary per position); the longest cue wins.
struct CueIndex<Kind: Sendable>: Sendable {
    struct Cue: Sendable {
        var word: [Unicode.Scalar]
        var kind: Kind
    }

    private var cues: [Cue]
    private var bitmap = [UInt64](repeating: 0, count: 1024)
    /// Second scalars of the cues (all when some cue is a single scalar): most
    /// positions whose first scalar passes fail here, still without a lookup.
    private var secondBitmap = [UInt64](repeating: 0, count: 1024)
    /// Slots of first scalars (0 = empty) and, per slot, its range in `order`.
    private var slotScalars: [UInt32]
    private var slotRanges: [Range<Int>]
    /// Cue indices grouped by first scalar, longest first within a group.
    private var order: [Int] = []
    private let mask: Int

    init(_ entries: [(String, Kind)]) {
        cues = entries.map { Cue(word: Array($0.0.unicodeScalars), kind: $0.1) }
        var groups: [UInt32: [Int]] = [:]
        for (index, cue) in cues.enumerated() {
            guard let first = cue.word.first?.value, first < 65536 else { continue }
            groups[first, default: []].append(index)
            bitmap[Int(first >> 6)] |= 1 << UInt64(first & 63)
            if cue.word.count < 2 {
                secondBitmap = [UInt64](repeating: ~0, count: 1024)
            } else if cue.word[1].value < 65536 {
                let second = cue.word[1].value; secondBitmap[Int(second >> 6)] |= 1 << UInt64(second & 63)
            } else {
                secondBitmap[1023] |= 1 << 63
            }
        }
        var size = 16
        while size < groups.count * 4 { size *= 2 }
        mask = size - 1
        slotScalars = [UInt32](repeating: 0, count: size)
        slotRanges = [Range<Int>](repeating: 0..<0, count: size)
        for first in groups.keys.sorted() {
            // Longest first; entries of equal length keep their listed order.
            let members = groups[first]!.enumerated().sorted {
                (cues[$0.element].word.count, -$0.offset) > (cues[$1.element].word.count, -$1.offset)
            }.map(\.element)
            var slot = Self.slot(first, mask)
            while slotScalars[slot] != 0 { slot = (slot + 1) & mask }
            slotScalars[slot] = first
            slotRanges[slot] = order.count..<(order.count + members.count)
            order += members
        }
    }

    @inline(__always)
    private static func slot(_ v: UInt32, _ mask: Int) -> Int { Int((v &* 0x9E37_79B1) >> 7) & mask }

    /// The candidates starting with `v`, longest first (empty when none).
    @inline(__always)
    private func candidates(_ v: UInt32) -> Range<Int> {
        guard v < 65536, bitmap[Int(v >> 6)] & (1 << UInt64(v & 63)) != 0 else { return 0..<0 }
        var slot = Self.slot(v, mask)
        while slotScalars[slot] != 0 {
            if slotScalars[slot] == v { return slotRanges[slot] }
            slot = (slot + 1) & mask
        }
        return 0..<0
    }

    /// The candidates that may start at `i`, longest first (empty when none).
    @inline(__always)
    private func candidates(_ s: [Unicode.Scalar], at i: Int) -> Range<Int> {
        if i + 1 < s.count {
            // A scalar beyond the BMP counts as the last bit, as when the index was built.
            let second = min(s[i + 1].value, 65535)
            guard secondBitmap[Int(second >> 6)] & (1 << UInt64(second & 63)) != 0 else { return 0..<0 }
        }
        return candidates(s[i].value)
    }

    /// The longest cue starting at `i`, if any.
    @inline(__always)
    func match(_ s: [Unicode.Scalar], at i: Int) -> Cue? {
        for index in order[candidates(s, at: i)] where TextScan.has(cues[index].word, s, at: i) { return cues[index] }
        return nil
    }

    /// Every cue starting at `i`, longest first.
    @inline(__always)
    func forEachMatch(_ s: [Unicode.Scalar], at i: Int, _ body: (Cue) -> Void) {
        for index in order[candidates(s, at: i)] where TextScan.has(cues[index].word, s, at: i) { body(cues[index]) }
    }
}

extension CueIndex where Kind == Int {
    /// The kinds (small numbers, < 64) of every cue occurring anywhere in `s`, as bits.
    func kinds(in s: [Unicode.Scalar]) -> UInt64 { kinds(in: s, limit: s.count) }

    /// The kinds of the cues lying wholly within the first `limit` scalars of `s`.
    func kinds(in s: [Unicode.Scalar], limit: Int) -> UInt64 {
        var found: UInt64 = 0
        for i in 0..<min(limit, s.count) {
            forEachMatch(s, at: i) { if i + $0.word.count <= limit { found |= 1 << UInt64($0.kind) } }
        }
        return found
    }
}
