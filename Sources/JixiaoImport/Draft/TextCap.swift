/// Long text cut to a number of UTF-8 bytes, at a line (or character) end, with a summary of the rest.
enum TextCap {
    static func kept(_ text: String, limit: Int) -> String {
        let utf8 = text.utf8
        guard utf8.count > limit else { return text }
        var end = utf8.index(utf8.startIndex, offsetBy: limit)
        while end > utf8.startIndex && end.samePosition(in: text.unicodeScalars) == nil { end = utf8.index(before: end) }
        var head = text[..<end]
        if let lastLine = head.lastIndex(of: "\n") { head = head[..<lastLine] }
        let rest = text[head.endIndex...]
        let lines = rest.split(separator: "\n", omittingEmptySubsequences: false).count
        return head + "\n\n" + DraftMessages.truncated(characters: rest.count, lines: lines)
    }
}
