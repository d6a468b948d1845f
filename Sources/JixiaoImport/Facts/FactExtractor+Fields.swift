import JixiaoCore

extension FactExtractor {
    /// Scalars after which a field's label starts: a list number (1、 2. (一)), a cell
    /// boundary or a space.
    static let fieldOpeners: Set<Unicode.Scalar> = ["、", ".", ")", "\t", "|", " "]

    /// True when a label at `start` starts its paragraph, input line or cell, or follows a list number.
    static func startsField(_ s: [Unicode.Scalar], at start: Int, _ paragraph: Paragraph) -> Bool {
        start == 0 || paragraph.startsLine(at: start) || fieldOpeners.contains(s[start - 1])
    }

    /// True when a colon or the next cell follows the label ending at `end`.
    static func fieldValueFollows(_ s: [Unicode.Scalar], after end: Int) -> Bool {
        let k = TextScan.skipSpaces(s, end)
        return k < s.count && (s[k] == ":" || s[k] == "\t" || s[k] == "|")
    }
}
