import Foundation

/// Finds the unit's input for every framework leaf in one pass over the
/// evaluation's `indicators`.
///
/// Why: Swift hashes non-ASCII strings through Unicode normalisation, which makes
/// a dictionary lookup by a Chinese id cost as much as scoring the leaf. Keys
/// are first matched by their UTF-8 bytes (FNV-1a hash into an open-addressing
/// table, then a byte compare); a key whose bytes match no leaf is looked up
/// canonically, so keys in another normal form still find their leaf. A match
/// by id wins over a match by name.
struct InputIndex: Sendable {
    private struct Entry: Sendable {
        let key: String
        let hash: UInt64
        let leaf: Int
        let isID: Bool
    }

    let leafCount: Int
    private var entries: [Entry] = []
    /// Entry index + 1 per slot (0: empty); the slot count is a power of two.
    private var slots: [Int32] = []
    private var byKey: [String: Entry] = [:]

    /// `leaves[i]` is the id and name of leaf `i`.
    init(leaves: [(id: String, name: String)]) {
        leafCount = leaves.count
        var candidates: [Entry] = []
        for (index, leaf) in leaves.enumerated() {
            candidates.append(Entry(key: leaf.id, hash: Self.hash(leaf.id) ?? 0, leaf: index, isID: true))
        }
        for (index, leaf) in leaves.enumerated() where leaf.name != leaf.id {
            candidates.append(Entry(key: leaf.name, hash: Self.hash(leaf.name) ?? 0, leaf: index, isID: false))
        }
        var size = 8
        while size < candidates.count * 4 { size *= 2 }
        slots = [Int32](repeating: 0, count: size)
        for entry in candidates where byKey[entry.key] == nil {
            byKey[entry.key] = entry
            entries.append(entry)
            var slot = Int(truncatingIfNeeded: entry.hash) & (size - 1)
            while slots[slot] != 0 { slot = (slot + 1) & (size - 1) }
            slots[slot] = Int32(entries.count)
        }
    }

    /// The input of every leaf, by leaf index.
    func inputs(of indicators: [String: IndicatorInput]) -> [IndicatorInput?] {
        var inputs = [IndicatorInput?](repeating: nil, count: leafCount)
        guard !indicators.isEmpty else { return inputs }
        for (key, input) in indicators {
            guard let entry = match(key) else { continue }
            // An id always wins; a name only fills a leaf its id has not (an id
            // seen later still replaces it).
            if entry.isID || inputs[entry.leaf] == nil { inputs[entry.leaf] = input }
        }
        return inputs
    }

    private func match(_ key: String) -> Entry? {
        if let hash = Self.hash(key) {
            let mask = slots.count - 1
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] != 0 {
                let entry = entries[Int(slots[slot]) - 1]
                if entry.hash == hash && Self.sameBytes(entry.key, key) { return entry }
                slot = (slot + 1) & mask
            }
        }
        return byKey[key]
    }

    /// A hash of the UTF-8 bytes taken eight at a time (a Chinese id is 15–40
    /// bytes); nil when the string is not stored contiguously.
    static func hash(_ text: String) -> UInt64? {
        text.utf8.withContiguousStorageIfAvailable { bytes in
            var hash: UInt64 = 0xCBF2_9CE4_8422_2325 ^ UInt64(bytes.count)
            guard let base = bytes.baseAddress else { return hash }
            let raw = UnsafeRawPointer(base)
            var offset = 0
            while offset + 8 <= bytes.count {
                hash = (hash ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* 0x0000_0100_0000_01B3
                hash ^= hash >> 29
                offset += 8
            }
            while offset < bytes.count {
                hash = (hash ^ UInt64(bytes[offset])) &* 0x0000_0100_0000_01B3
                offset += 1
            }
            return hash
        }
    }

    static func sameBytes(_ a: String, _ b: String) -> Bool {
        let count = a.utf8.count
        guard count == b.utf8.count else { return false }
        if count == 0 { return true }
        return a.utf8.withContiguousStorageIfAvailable { x in
            b.utf8.withContiguousStorageIfAvailable { y in
                x.baseAddress == y.baseAddress || memcmp(x.baseAddress!, y.baseAddress!, count) == 0
            } ?? false
        } ?? false
    }
}
