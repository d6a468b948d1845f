extension TextBuffer {
    /// Appends `text` with each byte for which `needs` is true replaced by what `replacement`
    /// writes; the runs between them are copied whole. The escapers (HTML, XML, Markdown) work
    /// on bytes because every character they touch is ASCII: multi-byte characters stay intact,
    /// and it is far faster than walking the `Character`s of a 100,000-character paragraph.
    @inlinable public mutating func append(
        _ text: String, escaping needs: (UInt8) -> Bool,
        with replacement: (UInt8, inout TextBuffer) -> Void
    ) {
        var text = text
        text.withUTF8 { source in
            var start = 0
            for index in source.indices where needs(source[index]) {
                storage.append(contentsOf: UnsafeBufferPointer(rebasing: source[start..<index]))
                replacement(source[index], &self)
                start = index + 1
            }
            storage.append(contentsOf: UnsafeBufferPointer(rebasing: source[start...]))
        }
    }

    /// `text` escaped as `append(_:escaping:with:)` writes it; `text` itself when it holds
    /// nothing to escape (no copy).
    @inlinable public static func escaping(
        _ text: String, _ needs: (UInt8) -> Bool,
        with replacement: (UInt8, inout TextBuffer) -> Void
    ) -> String {
        guard text.utf8.contains(where: needs) else { return text }
        var buffer = TextBuffer(capacity: text.utf8.count + text.utf8.count / 8 + 16)
        buffer.append(text, escaping: needs, with: replacement)
        return buffer.string
    }
}
