/// The session data's JSON (`FluentSessionRepository.encode`: an object of strings) read without
/// `JSONDecoder` when it holds no escaped character.
enum SessionDataText {
    /// The map of `text` when it is `{}` or `{"key":"value",…}` with no backslash in it (so no
    /// quote or control character inside a string), else nil (read it with `JSONDecoder`).
    static func plainMap(_ text: String) -> [String: String]? {
        var text = text
        return text.withUTF8 { bytes -> [String: String]? in
            guard bytes.count >= 2, bytes.first == UInt8(ascii: "{"), bytes.last == UInt8(ascii: "}"),
                !bytes.contains(UInt8(ascii: "\\"))
            else { return nil }
            var map: [String: String] = [:]
            var index = 1
            let end = bytes.count - 1
            /// The string starting at `index` (a quote), moving `index` past its closing quote.
            func string() -> String? {
                guard index < end, bytes[index] == UInt8(ascii: "\"") else { return nil }
                let start = index + 1
                guard let close = bytes[start..<end].firstIndex(of: UInt8(ascii: "\"")) else { return nil }
                index = close + 1
                return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<close]), as: UTF8.self)
            }
            while index < end {
                guard let key = string(), index < end, bytes[index] == UInt8(ascii: ":") else { return nil }
                index += 1
                guard let value = string(), map.updateValue(value, forKey: key) == nil else { return nil }
                if index < end {
                    guard bytes[index] == UInt8(ascii: ","), index + 1 < end else { return nil }
                    index += 1
                }
            }
            return map
        }
    }
}
