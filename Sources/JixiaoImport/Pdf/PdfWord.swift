/// A word pdftotext placed on a page: its box in points (y grows downwards) and its text.
struct PdfWord: Sendable {
    var x0: Double
    var y0: Double
    var x1: Double
    var y1: Double
    var text: String

    var centreY: Double { (y0 + y1) / 2 }

    /// True when the word starts with an ideograph or full-width punctuation (text wraps anywhere there).
    var startsWide: Bool { text.unicodeScalars.first.map(PdfWord.isWide) ?? false }
    var endsWide: Bool { text.unicodeScalars.last.map(PdfWord.isWide) ?? false }

    static func isWide(_ s: Unicode.Scalar) -> Bool { s.value >= 0x2E80 }

    /// The width of what must fit on a line before the word can break there: one character when
    /// it starts wide, else its run up to the first wide character (a number is never broken).
    var unbreakableWidth: Double {
        let scalars = Array(text.unicodeScalars)
        guard !scalars.isEmpty else { return 0 }
        let run = scalars.first.map(Self.isWide) == true ? 1 : (scalars.firstIndex(where: Self.isWide) ?? scalars.count)
        return (x1 - x0) * Double(run) / Double(scalars.count)
    }
}

/// The words of pdftotext's `-bbox` output (an XHTML page of `<page>` and `<word xMin…>` elements
/// it writes itself, the text escaped), page by page.
enum PdfBBox {
    static func pages(_ output: String) -> [[PdfWord]] {
        var pages: [[PdfWord]] = []
        for chunk in output.components(separatedBy: "<page ").dropFirst() {
            var words: [PdfWord] = []
            var rest = chunk[...]
            while let open = rest.range(of: "<word ") {
                guard let tagEnd = rest[open.upperBound...].firstIndex(of: ">"),
                    let close = rest[tagEnd...].range(of: "</word>")
                else { break }
                let tag = rest[open.upperBound..<tagEnd]
                if let x0 = attribute("xMin", tag), let y0 = attribute("yMin", tag), let x1 = attribute("xMax", tag),
                    let y1 = attribute("yMax", tag), x1 >= x0, y1 >= y0
                {
                    let text = unescaped(rest[rest.index(after: tagEnd)..<close.lowerBound])
                    if !text.isEmpty { words.append(PdfWord(x0: x0, y0: y0, x1: x1, y1: y1, text: text)) }
                }
                rest = rest[close.upperBound...]
            }
            pages.append(words)
        }
        return pages
    }

    static func attribute(_ name: String, _ tag: Substring) -> Double? {
        guard let start = tag.range(of: name + "=\"") else { return nil }
        let value = tag[start.upperBound...].prefix { $0 != "\"" }
        guard let number = Double(value), number.isFinite, abs(number) < 1e7 else { return nil }
        return number
    }

    static let entities: [(String, String)] = [
        ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&apos;", "'"), ("&#39;", "'"), ("&amp;", "&"),
    ]

    static func unescaped(_ text: Substring) -> String {
        guard text.contains("&") else { return String(text) }
        var out = String(text)
        for (entity, character) in entities { out = out.replacingOccurrences(of: entity, with: character) }
        return out
    }
}
