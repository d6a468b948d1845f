/// Finds the unit's input for every framework leaf in one pass over the
/// evaluation's `indicators`.
///
/// Why: Swift hashes non-ASCII strings through Unicode normalisation, which makes
/// a dictionary lookup by a Chinese id cost as much as scoring the leaf. Keys
/// are first matched by their UTF-8 bytes (FNV-1a hash, then a byte compare);
/// a key whose bytes match no leaf is looked up canonically, so keys in another
/// normal form still find their leaf. A match by id wins over a match by name.
struct InputIndex: Sendable {
    private struct Entry: Sendable {
        let key: String
        let leaf: Int
        let isID: Bool
    }

    let leafCount: Int
    private var byBytes: [UInt64: Entry] = [:]
    private var byKey: [String: Entry] = [:]
    private var bytesUsable = true

    /// `leaves[i]` is the id and name of leaf `i`.
    init(leaves: [(id: String, name: String)]) {
        leafCount = leaves.count
        for (index, leaf) in leaves.enumerated() {
            add(Entry(key: leaf.id, leaf: index, isID: true))
        }
        for (index, leaf) in leaves.enumerated() where leaf.name != leaf.id {
            add(Entry(key: leaf.name, leaf: index, isID: false))
        }
    }

    private mutating func add(_ entry: Entry) {
        guard byKey[entry.key] == nil else { return }
        byKey[entry.key] = entry
        guard let hash = Self.hash(entry.key) else {
            bytesUsable = false
            return
        }
        if byBytes[hash] != nil { bytesUsable = false }
        byBytes[hash] = entry
    }

    /// The input of every leaf, by leaf index.
    func inputs(of indicators: [String: IndicatorInput]) -> [IndicatorInput?] {
        var inputs = [IndicatorInput?](repeating: nil, count: leafCount)
        guard !indicators.isEmpty else { return inputs }
        var byID = [Bool](repeating: false, count: leafCount)
        for (key, input) in indicators {
            guard let entry = match(key) else { continue }
            if entry.isID {
                inputs[entry.leaf] = input
                byID[entry.leaf] = true
            } else if !byID[entry.leaf] {
                inputs[entry.leaf] = input
            }
        }
        return inputs
    }

    private func match(_ key: String) -> Entry? {
        if bytesUsable, let hash = Self.hash(key), let entry = byBytes[hash], Self.sameBytes(entry.key, key) {
            return entry
        }
        return byKey[key]
    }

    /// FNV-1a over the UTF-8 bytes; nil when the string is not stored contiguously.
    static func hash(_ text: String) -> UInt64? {
        text.utf8.withContiguousStorageIfAvailable { bytes in
            var hash: UInt64 = 0xCBF2_9CE4_8422_2325
            for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
            return hash
        }
    }

    static func sameBytes(_ a: String, _ b: String) -> Bool {
        guard a.utf8.count == b.utf8.count else { return false }
        return a.utf8.withContiguousStorageIfAvailable { x in
            b.utf8.withContiguousStorageIfAvailable { y in x.elementsEqual(y) } ?? false
        } ?? false
    }
}
