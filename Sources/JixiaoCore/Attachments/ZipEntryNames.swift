/// The entry names of a zip archive, read from its central directory (nothing is
/// decompressed). Every offset and count is checked against the bytes, so a damaged or
/// hostile archive gives nil, never a trap. Zip64 archives are not read (nil): an Office
/// file within the attachment limit never needs them.
enum ZipEntryNames {
    static let endSignature: UInt32 = 0x0605_4B50
    static let entrySignature: UInt32 = 0x0201_4B50
    /// At most this many entries are read (a real .docx has a few dozen).
    static let maxEntries = 10_000

    static func read(_ bytes: [UInt8]) -> [String]? {
        guard let end = endRecord(bytes) else { return nil }
        let count = Int(u16(bytes, end + 10)), offset = Int(u32(bytes, end + 16))
        guard count <= maxEntries, offset < end else { return nil }
        var names: [String] = []
        var at = offset
        for _ in 0..<count {
            guard at + 46 <= end, u32(bytes, at) == entrySignature else { return nil }
            let nameLength = Int(u16(bytes, at + 28)), extra = Int(u16(bytes, at + 30)), comment = Int(u16(bytes, at + 32))
            let nameEnd = at + 46 + nameLength
            guard nameEnd <= end else { return nil }
            names.append(String(decoding: bytes[(at + 46)..<nameEnd], as: UTF8.self))
            at = nameEnd + extra + comment
        }
        return names
    }

    /// Offset of the end-of-central-directory record: searched backwards over the last
    /// 22 + 65,535 bytes (the record plus the longest comment).
    static func endRecord(_ bytes: [UInt8]) -> Int? {
        guard bytes.count >= 22 else { return nil }
        let lowest = max(0, bytes.count - 22 - 65_535)
        var at = bytes.count - 22
        while at >= lowest {
            if u32(bytes, at) == endSignature { return at }
            at -= 1
        }
        return nil
    }

    static func u16(_ b: [UInt8], _ at: Int) -> UInt16 {
        guard at >= 0, at + 2 <= b.count else { return 0 }
        return UInt16(b[at]) | UInt16(b[at + 1]) << 8
    }

    static func u32(_ b: [UInt8], _ at: Int) -> UInt32 {
        guard at >= 0, at + 4 <= b.count else { return 0 }
        return UInt32(b[at]) | UInt32(b[at + 1]) << 8 | UInt32(b[at + 2]) << 16 | UInt32(b[at + 3]) << 24
    }
}
