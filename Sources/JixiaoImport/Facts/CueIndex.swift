/// A set of cue words found in one pass over text: a bitmap on first scalars rejects
/// most positions without a lookup; at a hit the longest cue wins.
struct CueIndex<Kind: Sendable>: Sendable {
    struct Cue: Sendable {
        var word: [Unicode.Scalar]
        var kind: Kind
    }

    private var cues: [Cue]
    private var byFirst: [UInt32: [Int]] = [:]
    private var bitmap = [UInt64](repeating: 0, count: 1024)

    init(_ entries: [(String, Kind)]) {
        cues = entries.map { Cue(word: Array($0.0.unicodeScalars), kind: $0.1) }
        for (index, cue) in cues.enumerated() {
            guard let first = cue.word.first?.value else { continue }
            byFirst[first, default: []].append(index)
            if first < 65536 { bitmap[Int(first >> 6)] |= 1 << UInt64(first & 63) }
        }
        for key in byFirst.keys { byFirst[key]!.sort { cues[$0].word.count > cues[$1].word.count } }
    }

    /// The longest cue starting at `i`, if any.
    @inline(__always)
    func match(_ s: [Unicode.Scalar], at i: Int) -> Cue? {
        let v = s[i].value
        guard v < 65536, bitmap[Int(v >> 6)] & (1 << UInt64(v & 63)) != 0, let candidates = byFirst[v] else { return nil }
        for index in candidates where TextScan.has(cues[index].word, s, at: i) { return cues[index] }
        return nil
    }
}
