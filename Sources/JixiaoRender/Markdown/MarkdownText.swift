import JixiaoCore

/// Escaping for CommonMark/GFM text.
enum MarkdownText {
    /// ASCII characters that change meaning anywhere in a line: \ ` * _ [ ] < > & | ~ $
    private static func isInline(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x5C, 0x60, 0x2A, 0x5F, 0x5B, 0x5D, 0x3C, 0x3E, 0x26, 0x7C, 0x7E, 0x24: return true
        default: return false
        }
    }

    /// ASCII characters that start a block at the start of a line: # + - = > !
    private static func isLeading(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x23, 0x2B, 0x2D, 0x3D, 0x3E, 0x21: return true
        default: return false
        }
    }

    /// `text` (one line) with Markdown syntax escaped so it shows as written.
    /// At the start of a block, heading, quote and list markers are escaped too.
    static func escape(_ text: String, blockStart: Bool = true) -> String {
        var out = TextBuffer.escaping(text, isInline) { byte, out in
            out.append(byte: 0x5C)
            out.append(byte: byte)
        }
        guard blockStart, let first = out.utf8.first else { return out }
        if isLeading(first) { return "\\" + out }
        // "1." or "1)" at the start would begin an ordered list.
        let digits = out.utf8.prefix { (0x30...0x39).contains($0) }.count
        if digits > 0, let next = out.utf8.dropFirst(digits).first, next == 0x2E || next == 0x29 {
            let index = out.utf8.index(out.utf8.startIndex, offsetBy: digits)
            out.insert("\\", at: index)
        }
        return out
    }

    /// A table cell: escaped, line breaks as `<br>`.
    static func cell(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { escape(String($0), blockStart: false) }.joined(separator: "<br>")
    }
}
