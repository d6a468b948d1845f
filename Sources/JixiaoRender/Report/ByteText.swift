/// Byte-level text rewriting for the escapers: every character they touch is
/// ASCII, so working on UTF-8 bytes keeps multi-byte characters intact and is
/// far faster than walking `Character`s of 100,000-character paragraphs.
enum ByteText {
    /// `text` with each ASCII byte for which `replacement` returns bytes replaced by them.
    /// Returns `text` itself when nothing is replaced.
    static func replacing(_ text: String, where needs: (UInt8) -> Bool,
                          _ replacement: (UInt8, inout [UInt8]) -> Void) -> String {
        var text = text
        return text.withUTF8 { bytes -> String? in
            guard bytes.contains(where: needs) else { return nil }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + bytes.count / 8 + 16)
            for byte in bytes {
                if needs(byte) { replacement(byte, &out) } else { out.append(byte) }
            }
            return String(decoding: out, as: UTF8.self)
        } ?? text
    }
}

extension Array where Element == UInt8 {
    /// Appends the UTF-8 bytes of an ASCII string literal.
    mutating func append(ascii: StaticString) {
        ascii.withUTF8Buffer { append(contentsOf: $0) }
    }
}
