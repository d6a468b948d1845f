import Foundation

/// The probing half of a `KeyTable`, in memory of its own: an open-addressing
/// table of entry numbers over the entries' hashes, lengths and bytes.
final class KeyTableStorage: @unchecked Sendable {
    // Written once in `init`, read only after: safe to share between threads.
    private let slots: UnsafeMutablePointer<Int32>
    private let mask: Int
    private let hashes: UnsafeMutablePointer<UInt64>
    private let offsets: UnsafeMutablePointer<Int>
    private let counts: UnsafeMutablePointer<Int>
    private let bytes: UnsafeMutablePointer<UInt8>

    /// `keys[i]` is the UTF-8 of entry `i`.
    init(_ keys: [[UInt8]]) {
        var size = 8
        while size < keys.count * 8 { size *= 2 }
        mask = size - 1
        slots = .allocate(capacity: size)
        slots.initialize(repeating: -1, count: size)
        hashes = .allocate(capacity: max(1, keys.count))
        offsets = .allocate(capacity: max(1, keys.count))
        counts = .allocate(capacity: max(1, keys.count))
        let total = keys.reduce(0) { $0 + $1.count }
        bytes = .allocate(capacity: max(1, total))
        var offset = 0
        for (index, key) in keys.enumerated() {
            let hash = key.withUnsafeBufferPointer { Self.hash($0).hash }
            hashes[index] = hash
            offsets[index] = offset
            counts[index] = key.count
            for byte in key { bytes[offset] = byte; offset += 1 }
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(index)
        }
    }

    deinit {
        slots.deallocate()
        hashes.deallocate()
        offsets.deallocate()
        counts.deallocate()
        bytes.deallocate()
    }

    /// The entry whose key has the bytes `utf8`; -1 when none has and the bytes
    /// are ASCII (so in NFC), else -2 (only canonical equality can tell).
    func find(_ utf8: UnsafeBufferPointer<UInt8>) -> Int {
        let (hash, isASCII) = Self.hash(utf8)
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let index = Int(slots[slot])
            if index < 0 { return isASCII ? -1 : -2 }
            if hashes[index] == hash && counts[index] == utf8.count
                && (utf8.count == 0 || memcmp(bytes + offsets[index], utf8.baseAddress!, utf8.count) == 0)
            {
                return index
            }
            slot = (slot + 1) & mask
        }
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
