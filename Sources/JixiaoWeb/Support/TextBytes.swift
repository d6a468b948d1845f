import Foundation

/// UTF-8 text built in a byte array, for the responses written by hand (the list page's
/// table, the API list's JSON): each piece is copied once, with no temporary strings, where
/// `a + b + c` on `String` builds one per `+`.
struct TextBytes {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int) { bytes.reserveCapacity(capacity) }

    /// The text as a `String`.
    var string: String { String(decoding: bytes, as: UTF8.self) }

    mutating func append(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    mutating func append(_ text: String) {
        if text.utf8.withContiguousStorageIfAvailable({ bytes.append(contentsOf: $0) }) == nil {
            bytes.append(contentsOf: text.utf8)
        }
    }

    mutating func append(byte: UInt8) { bytes.append(byte) }

    /// `number` in decimal, with leading zeros to at least `width` digits.
    mutating func append(_ number: Int, width: Int = 1) {
        if number < 0 { bytes.append(UInt8(ascii: "-")) }
        var rest = number.magnitude
        var divisor: UInt = 1, digits = 1
        while divisor <= rest / 10 {
            divisor *= 10
            digits += 1
        }
        for _ in digits..<max(width, digits) { bytes.append(UInt8(ascii: "0")) }
        repeat {
            bytes.append(UInt8(ascii: "0") + UInt8(rest / divisor))
            rest %= divisor
            divisor /= 10
        } while divisor > 0
    }

    /// `text` escaped for HTML text or a quoted attribute (`HTMLEscape`: `& < > " '`).
    mutating func appendHTML(_ text: String) { HTMLEscape.append(text, to: &bytes) }
}
