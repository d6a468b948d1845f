/// Escaping for CommonMark/GFM text.
enum MarkdownText {
    /// Characters that change meaning anywhere in a line.
    private static let inline: Set<Unicode.Scalar> = ["\\", "`", "*", "_", "[", "]", "<", ">", "&", "|", "~", "$"]
    /// Characters that start a block (heading, list, quote, setext underline) at the start of a line.
    private static let leading: Set<Unicode.Scalar> = ["#", "+", "-", "=", ">", "!"]

    /// `text` (one line) with Markdown syntax escaped so it shows as written.
    /// At the start of a block, list and heading markers are escaped too.
    static func escape(_ text: String, blockStart: Bool = true) -> String {
        var out = String.UnicodeScalarView()
        var digitsOnly = blockStart
        for (index, scalar) in text.unicodeScalars.enumerated() {
            if inline.contains(scalar) || (blockStart && index == 0 && leading.contains(scalar)) {
                out.append("\\")
            } else if digitsOnly && index > 0 && (scalar == "." || scalar == ")") {
                // "1." or "1)" at the start would begin an ordered list.
                out.append("\\")
            }
            if !("0"..."9").contains(scalar) { digitsOnly = false }
            out.append(scalar)
        }
        return String(out)
    }

    /// A table cell: escaped, line breaks as `<br>`.
    static func cell(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { escape(String($0), blockStart: false) }.joined(separator: "<br>")
    }
}
