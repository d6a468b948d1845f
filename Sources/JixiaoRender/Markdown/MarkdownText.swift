/// Escaping for CommonMark/GFM text.
enum MarkdownText {
    /// Characters that change meaning anywhere in a line.
    private static let inline: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "&", "|", "~", "$"]
    /// Characters that start a block (heading, list, quote, setext underline) at the start of a line.
    private static let leading: Set<Character> = ["#", "+", "-", "=", ">", "!"]

    /// `text` (one line) with Markdown syntax escaped so it shows as written.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count + 8)
        for (index, ch) in text.enumerated() {
            if inline.contains(ch) || (index == 0 && leading.contains(ch)) { out.append("\\") }
            out.append(ch)
        }
        // "1." or "1)" at the start would begin an ordered list.
        if let dot = out.firstIndex(where: { !$0.isASCII || !$0.isNumber }), dot != out.startIndex,
           out[dot] == "." || out[dot] == ")" {
            out.insert("\\", at: dot)
        }
        return out
    }

    /// A table cell: escaped, line breaks as `<br>`.
    static func cell(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { escape(String($0)) }.joined(separator: "<br>")
    }
}
