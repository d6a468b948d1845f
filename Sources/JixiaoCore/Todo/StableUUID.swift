import Foundation

/// A UUID made from a text, the same in every process and on every run (two 64-bit FNV-1a
/// hashes of its UTF-8 bytes, forwards and backwards, marked as a name-based UUID). Used as a row's primary key where
/// the database must refuse a second row for the same thing (a reminder sent once).
public enum StableUUID {
    public static func make(_ text: String) -> UUID {
        func fnv(_ seed: UInt64, _ bytes: [UInt8]) -> UInt64 {
            var hash = seed
            for byte in bytes {
                hash ^= UInt64(byte)
                hash = hash &* 0x0000_0100_0000_01B3
            }
            return hash
        }
        var bytes = [UInt8](repeating: 0, count: 16)
        for (i, part) in [fnv(0xCBF2_9CE4_8422_2325, Array(text.utf8)), fnv(0x8422_2325_CBF2_9CE4, text.utf8.reversed())].enumerated() {
            for j in 0..<8 { bytes[i * 8 + j] = UInt8(truncatingIfNeeded: part >> (8 * UInt64(j))) }
        }
        bytes[6] = (bytes[6] & 0x0F) | 0x50  // version 5 (name-based)
        bytes[8] = (bytes[8] & 0x3F) | 0x80  // RFC 4122 variant
        return UUID(
            uuid: (
                bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7],
                bytes[8], bytes[9], bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]
            ))
    }
}
