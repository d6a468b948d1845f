import JixiaoCore

/// Follows 一是、二是 … enumerations through running text. A numbered paragraph or a
/// 一是 starts a new one; anything but the next ordinal is a break.
enum EnumerationScanner {
    static func breaks(_ document: NormalisedDocument, headings: [Heading]) -> [DocumentStructure.NumberingBreak] {
        var result: [DocumentStructure.NumberingBreak] = []
        var sequence = EnumerationSequence()
        // Headings are in paragraph order: follow them alongside.
        var nextHeading = 0
        for (p, paragraph) in document.paragraphs.enumerated() {
            let s = paragraph.scalars
            while nextHeading < headings.count, headings[nextHeading].paragraph < p { nextHeading += 1 }
            let isHeading = nextHeading < headings.count && headings[nextHeading].paragraph == p
            if isHeading || HeadingMarker.parse(s, at: 0) != nil { sequence.reset() }
            var i = 0
            let n = s.count
            while i + 1 < n {
                i = s.withUnsafeBufferPointer { b in
                    var k = i
                    while k + 1 < n, b[k + 1] != "是" { k += 1 }
                    return k
                }
                guard i + 1 < n else { break }
                guard ChineseNumeral.isNumeralScalar(s[i]) else { i += 1; continue }
                var start = i
                while start > 0, i - start < 2, ChineseNumeral.isNumeralScalar(s[start - 1]) { start -= 1 }
                let before: Unicode.Scalar? = start > 0 ? s[start - 1] : nil
                guard before == nil || isOpening(before!), let value = ChineseNumeral.value(s[start...i]) else { i += 1; continue }
                if let broken = sequence.next(value, at: i) {
                    result.append(
                        .init(
                            line: paragraph.line(at: start), found: ChineseNumeral.text(broken.found) + "是",
                            expected: ChineseNumeral.text(broken.expected) + "是",
                            previous: broken.previous.map { ChineseNumeral.text($0) + "是" }))
                }
                i += 2
            }
        }
        return result
    }

    /// What may precede an ordinal that starts an enumeration item.
    static func isOpening(_ s: Unicode.Scalar) -> Bool {
        Scalars.isClauseBreak(s) || s == ":" || s == " " || s == "”" || s == ")" || s == "）" || s == "“"
    }
}
