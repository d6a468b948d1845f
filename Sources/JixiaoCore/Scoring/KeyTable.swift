import Foundation

/// Finds the value of a string key by the key's UTF-8 bytes, falling back to
/// Swift's canonical string equality only when the bytes cannot decide.
///
/// Why: Swift hashes strings through Unicode normalisation, which makes a
/// dictionary lookup cost several hundred instructions, as much as scoring a
/// leaf. Keys are matched by a hash of their bytes in an open-addressing table,
/// then a byte compare. Every key is also entered in its NFC form, so a key
/// given in NFC (every ASCII key is) that matches no bytes matches nothing; a
/// key in another normal form is looked up canonically.
struct KeyTable<Value: Sendable>: Sendable {
    private struct Entry: Sendable {
        let key: String
        let hash: UInt64
        let value: Value
    }

    private var entries: [Entry] = []
    /// Entry index + 1 per slot (0: empty); the slot count is a power of two.
    private var slots: [Int32] = []
    private var byKey: [String: Value] = [:]

    /// The keys with their values; a key equal to an earlier one is left out.
    init(_ pairs: [(key: String, value: Value)]) {
        var size = 8
        while size < pairs.count * 8 { size *= 2 }
        slots = [Int32](repeating: 0, count: size)
        for (key, value) in pairs where byKey[key] == nil {
            byKey[key] = value
            add(key, value)
            let composed = key.precomposedStringWithCanonicalMapping
            if !Self.sameBytes(composed, key) { add(composed, value) }
        }
    }

    private mutating func add(_ key: String, _ value: Value) {
        let hash = Self.hash(key)?.hash ?? 0
        entries.append(Entry(key: key, hash: hash, value: value))
        var slot = Int(truncatingIfNeeded: hash) & (slots.count - 1)
        while slots[slot] != 0 { slot = (slot + 1) & (slots.count - 1) }
        slots[slot] = Int32(entries.count)
    }

    /// The value of the key equal to `key`, if any.
    func value(_ key: String) -> Value? {
        if let (hash, isASCII) = Self.hash(key) {
            let mask = slots.count - 1
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] != 0 {
                let entry = entries[Int(slots[slot]) - 1]
                if entry.hash == hash && Self.sameBytes(entry.key, key) { return entry.value }
                slot = (slot + 1) & mask
            }
            if isASCII { return nil }
        }
        return byKey[key]
    }

    /// A hash of the UTF-8 bytes taken eight at a time, and whether they are
    /// all ASCII; nil when the string is not stored contiguously.
    static func hash(_ text: String) -> (hash: UInt64, isASCII: Bool)? {
        text.utf8.withContiguousStorageIfAvailable { bytes in
            var hash: UInt64 = 0xCBF2_9CE4_8422_2325 ^ UInt64(bytes.count)
            guard let base = bytes.baseAddress else { return (hash, true) }
            let raw = UnsafeRawPointer(base)
            var high: UInt64 = 0
            var offset = 0
            while offset + 8 <= bytes.count {
                let word = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                high |= word
                hash = (hash ^ word) &* 0x0000_0100_0000_01B3
                hash ^= hash >> 29
                offset += 8
            }
            while offset < bytes.count {
                high |= UInt64(bytes[offset])
                hash = (hash ^ UInt64(bytes[offset])) &* 0x0000_0100_0000_01B3
                offset += 1
            }
            return (hash, high & 0x8080_8080_8080_8080 == 0)
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
