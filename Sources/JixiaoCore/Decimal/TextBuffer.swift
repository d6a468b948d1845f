/// UTF-8 bytes collected for one string: explanations and messages are built
/// here and turned into a `String` once (appending to a `String` piece by piece
/// costs an allocation or a growth check at every step).
struct TextBuffer {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 64) { bytes.reserveCapacity(capacity) }

    mutating func append(_ text: String) { bytes.append(contentsOf: text.utf8) }

    mutating func append(byte: UInt8) { bytes.append(byte) }

    /// The collected text.
    var string: String { String(decoding: bytes, as: UTF8.self) }
}
