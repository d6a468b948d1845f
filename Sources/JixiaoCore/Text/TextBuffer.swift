/// THE byte writer: UTF-8 text built in one byte array and turned into a `String` (or sent
/// as bytes) once. Explanations, messages, the hand-written list table, the API list's JSON,
/// `jixiao check`'s JSON and the escapers of every format write through it: each piece is
/// copied once, where `a + b + c` on `String` builds a temporary per `+`.
public struct TextBuffer: Sendable {
    @usableFromInline var storage: [UInt8] = []

    /// An empty buffer with room for `capacity` bytes.
    @inlinable public init(capacity: Int = 64) { storage.reserveCapacity(capacity) }

    /// The bytes written so far.
    @inlinable public var bytes: [UInt8] { storage }

    /// The text as a `String`.
    @inlinable public var string: String { String(decoding: storage, as: UTF8.self) }

    /// Whether nothing has been written.
    @inlinable public var isEmpty: Bool { storage.isEmpty }

    @inlinable public mutating func append(_ text: StaticString) {
        text.withUTF8Buffer { storage.append(contentsOf: $0) }
    }

    @inlinable public mutating func append(_ text: String) {
        if text.utf8.withContiguousStorageIfAvailable({ storage.append(contentsOf: $0) }) == nil {
            storage.append(contentsOf: text.utf8)
        }
    }

    @inlinable public mutating func append(_ text: Substring) {
        if text.utf8.withContiguousStorageIfAvailable({ storage.append(contentsOf: $0) }) == nil {
            storage.append(contentsOf: text.utf8)
        }
    }

    @inlinable public mutating func append(byte: UInt8) { storage.append(byte) }

    /// Appends raw bytes (already UTF-8).
    @inlinable public mutating func append(bytes: UnsafeBufferPointer<UInt8>) { storage.append(contentsOf: bytes) }

    /// `number` in decimal, with leading zeros to at least `width` digits.
    @inlinable public mutating func append(_ number: Int, width: Int = 1) {
        if number < 0 { storage.append(UInt8(ascii: "-")) }
        var rest = number.magnitude
        var divisor: UInt = 1, digits = 1
        while divisor <= rest / 10 {
            divisor *= 10
            digits += 1
        }
        for _ in digits..<max(width, digits) { storage.append(UInt8(ascii: "0")) }
        repeat {
            storage.append(UInt8(ascii: "0") + UInt8(rest / divisor))
            rest %= divisor
            divisor /= 10
        } while divisor > 0
    }
}
