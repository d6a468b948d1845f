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
    // Plain values only, so that probing retains nothing: the key's bytes sit in `bytes`.
    private struct Entry: Sendable {
        let hash: UInt64
        let offset: Int
        let count: Int
        let value: Value
    }

    private var entries: [Entry] = []
    /// The UTF-8 bytes of every entry's key, one after another.
    private var bytes: [UInt8] = []
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
            if Array(composed.utf8) != Array(key.utf8) { add(composed, value) }
        }
    }

    private mutating func add(_ key: String, _ value: Value) {
        let utf8 = Array(key.utf8)
        let hash = utf8.withUnsafeBufferPointer { Self.hash($0).hash }
        entries.append(Entry(hash: hash, offset: bytes.count, count: utf8.count, value: value))
        bytes += utf8
        var slot = Int(truncatingIfNeeded: hash) & (slots.count - 1)
        while slots[slot] != 0 { slot = (slot + 1) & (slots.count - 1) }
        slots[slot] = Int32(entries.count)
    }

    /// The value of the key equal to `key`, if any.
    func value(_ key: String) -> Value? {
        // The entry index; -1: no key is equal; -2: only canonical equality can tell.
        let found = key.utf8.withContiguousStorageIfAvailable { utf8 in
            let (hash, isASCII) = Self.hash(utf8)
            return entries.withUnsafeBufferPointer { entries in
                bytes.withUnsafeBufferPointer { bytes in
                    slots.withUnsafeBufferPointer { slots in
                        let mask = slots.count - 1
                        var slot = Int(truncatingIfNeeded: hash) & mask
                        while slots[slot] != 0 {
                            let index = Int(slots[slot]) - 1
                            let entry = entries[index]
                            if entry.hash == hash && entry.count == utf8.count
                                && (utf8.count == 0 || memcmp(bytes.baseAddress! + entry.offset, utf8.baseAddress!,
                                                              utf8.count) == 0) {
                                return index
                            }
                            slot = (slot + 1) & mask
                        }
                        return isASCII ? -1 : -2
                    }
                }
            }
        } ?? -2
        if found >= 0 { return entries[found].value }
        return found == -1 ? nil : byKey[key]
    }

    /// A hash of the bytes taken eight at a time, and whether they are all ASCII.
    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> (hash: UInt64, isASCII: Bool) {
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
        if offset < bytes.count && bytes.count >= 8 {
            // The last eight bytes, overlapping those already taken.
            let word = raw.loadUnaligned(fromByteOffset: bytes.count - 8, as: UInt64.self)
            high |= word
            hash = (hash ^ word) &* 0x0000_0100_0000_01B3
            hash ^= hash >> 29
            offset = bytes.count
        }
        while offset < bytes.count {
            high |= UInt64(bytes[offset])
            hash = (hash ^ UInt64(bytes[offset])) &* 0x0000_0100_0000_01B3
            offset += 1
        }
        return (hash, high & 0x8080_8080_8080_8080 == 0)
    }
}
