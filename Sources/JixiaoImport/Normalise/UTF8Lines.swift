/// Decodes UTF-8 bytes straight into lines of scalars in one pass, validating as it
/// goes (nil on any invalid sequence: overlong, surrogate, truncated, out of range).
enum UTF8Lines {
    static func decode(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> [[Unicode.Scalar]]? {
        var lines: [[Unicode.Scalar]] = []
        var current: [Unicode.Scalar] = []
        current.reserveCapacity(256)
        var i = bytes.startIndex
        let end = bytes.endIndex
        while i < end {
            let b0 = bytes[i]
            var value: UInt32
            if b0 < 0x80 {
                i += 1
                if b0 == 0x0A { lines.append(current); current.removeAll(keepingCapacity: true); continue }
                current.append(Unicode.Scalar(b0))
                continue
            } else if b0 >= 0xC2 && b0 <= 0xDF {
                guard i + 1 < end, bytes[i + 1] & 0xC0 == 0x80 else { return nil }
                value = UInt32(b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
                i += 2
            } else if b0 >= 0xE0 && b0 <= 0xEF {
                guard i + 2 < end, bytes[i + 1] & 0xC0 == 0x80, bytes[i + 2] & 0xC0 == 0x80 else { return nil }
                value = UInt32(b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
                guard value >= 0x800, !(0xD800...0xDFFF).contains(value) else { return nil }
                i += 3
            } else if b0 >= 0xF0 && b0 <= 0xF4 {
                guard i + 3 < end, bytes[i + 1] & 0xC0 == 0x80, bytes[i + 2] & 0xC0 == 0x80, bytes[i + 3] & 0xC0 == 0x80 else { return nil }
                value = UInt32(b0 & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6 | UInt32(bytes[i + 3] & 0x3F)
                guard value >= 0x10000, value <= 0x10FFFF else { return nil }
                i += 4
            } else {
                return nil
            }
            guard let scalar = Unicode.Scalar(value) else { return nil }
            current.append(scalar)
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }
}
