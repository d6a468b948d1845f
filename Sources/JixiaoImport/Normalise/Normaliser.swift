/// Turns report text as it comes (hard-wrapped, full-width, LaTeX, page noise) into
/// paragraphs that keep a map back to the input's line numbers.
///
/// Blank lines carry no meaning in extracted text (they separate every wrapped
/// line in some sources), so paragraphs end where the text says so: a sentence end,
/// a heading or label at the start of the next line, a date line, a title.
public enum Normaliser {
    /// Normalises `text` (any line ending).
    public static func normalise(text: String) -> NormalisedDocument {
        var lines: [[Unicode.Scalar]] = []
        var current: [Unicode.Scalar] = []
        for scalar in text.unicodeScalars {
            if scalar == "\n" { lines.append(current); current.removeAll(keepingCapacity: true) }
            else { current.append(scalar) }
        }
        lines.append(current)
        return normalise(lines: lines)
    }

    /// Normalises lines given one by one (for .docx: one per paragraph); line numbers
    /// are 1-based positions in `lines`.
    public static func normalise(lines: [[Unicode.Scalar]]) -> NormalisedDocument {
        var paragraphs: [Paragraph] = []
        var current: Paragraph? = nil
        // A table row (.docx cells joined by tabs) is a paragraph of its own.
        var currentIsRow = false
        for (index, raw) in lines.enumerated() {
            let line = LineNormaliser.normalise(raw)
            if line.isEmpty || PageNoise.isNoise(line) { continue }
            let isRow = line.contains("\t")
            defer { currentIsRow = isRow }
            if var paragraph = current, !isRow, !currentIsRow, BlockRules.joins(paragraph.scalars, line) {
                paragraph.append(line, line: index + 1)
                current = paragraph
            } else {
                if let paragraph = current { paragraphs.append(contentsOf: splitInlineHeadings(paragraph)) }
                current = Paragraph(scalars: line, line: index + 1)
            }
        }
        if let paragraph = current { paragraphs.append(contentsOf: splitInlineHeadings(paragraph)) }
        return NormalisedDocument(paragraphs: paragraphs, sourceLineCount: lines.count)
    }

    /// A section heading run into the previous sentence (`…工作。（三）部门整体…`) starts
    /// its own paragraph.
    static func splitInlineHeadings(_ paragraph: Paragraph) -> [Paragraph] {
        var result: [Paragraph] = []
        var rest = paragraph
        var searchFrom = 1
        while let cut = inlineHeadingCut(rest.scalars, from: searchFrom) {
            let (head, tail) = rest.split(at: cut)
            result.append(head)
            rest = tail
            searchFrom = 1
        }
        result.append(rest)
        return result
    }

    private static func inlineHeadingCut(_ s: [Unicode.Scalar], from: Int) -> Int? {
        var i = max(from, 1)
        while i < s.count {
            if s[i] == "(" || s[i] == "（", s[i - 1] == "。",
               let marker = HeadingMarker.parse(s, at: i), marker.style == .parenChinese {
                return i
            }
            i += 1
        }
        return nil
    }
}

/// Lines that are page furniture, not text: page numbers (`12`, `- 3 -`, `第 3 页`, `3/10`).
enum PageNoise {
    static func isNoise(_ line: [Unicode.Scalar]) -> Bool {
        guard line.count <= 12 else { return false }
        let core = line.filter { $0 != " " && $0 != "-" && $0 != "—" && $0 != "–" }
        guard !core.isEmpty else { return line.allSatisfy { $0 == "-" || $0 == "—" || $0 == " " || $0 == "–" } }
        if core.allSatisfy(Scalars.isDigit) { return core.count <= 3 }
        if core.first == "第", core.contains("页") {
            return core.allSatisfy { Scalars.isDigit($0) || $0 == "第" || $0 == "页" || $0 == "共" || $0 == "," }
        }
        if let slash = core.firstIndex(of: "/"), slash > 0, slash < core.count - 1 {
            return core.allSatisfy { Scalars.isDigit($0) || $0 == "/" } && core.count <= 7
        }
        return false
    }
}
