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
            if scalar == "\n" { lines.append(current); current.removeAll(keepingCapacity: true) } else { current.append(scalar) }
        }
        lines.append(current)
        return normalise(lines: lines)
    }

    /// Normalises lines given one by one (for .docx: one per paragraph); line numbers
    /// are 1-based positions in `lines`.
    public static func normalise(lines: [[Unicode.Scalar]]) -> NormalisedDocument {
        normalise(lines: lines, marks: nil)
    }

    /// `marks`: for each line, what it holds, when the reader noted it.
    static func normalise(lines: [[Unicode.Scalar]], marks: [LineNormaliser.Marks]?) -> NormalisedDocument {
        var paragraphs: [Paragraph] = []
        var current = Paragraph(scalars: [], line: 0)
        var hasCurrent = false
        // A table row (.docx cells joined by tabs) is a paragraph of its own; a row takes
        // no more lines, so a paragraph is a row exactly when its first line is one.
        var currentIsRow = false
        // The last line kept was a short label (人员编制): a number alone on the next line is
        // its cell, not a page number, when it joins the label's paragraph (so that
        // normalising again, which sees them as one line, keeps it too).
        var afterLabel = false
        // The last line kept was a number alone or a funds row's label (a table read one cell a line).
        var afterNumber = false
        for (index, raw) in lines.enumerated() {
            let mark = marks.flatMap { index < $0.count ? $0[index] : nil } ?? LineNormaliser.Marks(raw)
            let line = LineNormaliser.normalise(raw, marks: mark)
            if line.isEmpty { continue }
            if PageNoise.isNoise(line),
                !(afterLabel && hasCurrent && !currentIsRow && line.allSatisfy(Scalars.isDigit)
                    && BlockRules.joins(current.scalars, line, tabFree: true)),
                // 年度资金总额 / 50 / 10 / 20 / 4: a number after the row's label or after a number
                // cell is the next cell of its row.
                !(afterNumber && line.allSatisfy(Scalars.isDigit))
            {
                continue
            }
            afterLabel = line.count <= 16 && line.allSatisfy(Scalars.isIdeograph)
            afterNumber =
                PageNoise.isNumberCell(line) || CellLineTable.isRowLabel(line[...])
                || line.count <= 3 && line.allSatisfy(Scalars.isDigit)
            let isRow = BlockRules.isTableRow(line)
            defer { currentIsRow = isRow }
            if hasCurrent, !isRow, !currentIsRow, BlockRules.joins(current.scalars, line, tabFree: true) {
                current.append(line, line: index + 1)
            } else {
                if hasCurrent { splitInlineHeadings(current, hasTab: currentIsRow, into: &paragraphs) }
                current = Paragraph(scalars: line, line: index + 1)
                hasCurrent = true
            }
        }
        if hasCurrent { splitInlineHeadings(current, hasTab: currentIsRow, into: &paragraphs) }
        return NormalisedDocument(paragraphs: paragraphs, sourceLineCount: lines.count)
    }

    /// A section heading run into the previous sentence (`…工作。（三）部门整体…`) starts
    /// its own paragraph. `hasTab`: the paragraph holds a tab.
    static func splitInlineHeadings(_ paragraph: Paragraph, hasTab: Bool, into result: inout [Paragraph]) {
        // Table rows stay whole: their cells are not sentences.
        if hasTab || paragraph.scalars.first == "|" { result.append(paragraph); return }
        guard var cut = inlineHeadingCut(paragraph.scalars, from: 1) else { result.append(paragraph); return }
        var rest = paragraph
        while true {
            let (head, tail) = rest.split(at: cut)
            result.append(head)
            rest = tail
            guard let next = inlineHeadingCut(rest.scalars, from: 1) else { break }
            cut = next
        }
        result.append(rest)
    }

    private static func inlineHeadingCut(_ s: [Unicode.Scalar], from: Int) -> Int? {
        var i = max(from, 1)
        while i < s.count {
            // On to the next opening parenthesis right after 。.
            i = s.withUnsafeBufferPointer { b in
                var k = i
                while k < b.count, b[k - 1] != "。" || (b[k] != "(" && b[k] != "（") { k += 1 }
                return k
            }
            guard i < s.count else { return nil }
            if let marker = HeadingMarker.parse(s, at: i), marker.style == .parenChinese { return i }
            i += 1
        }
        return nil
    }
}

/// Lines that are page furniture, not text: page numbers (`12`, `- 3 -`, `第 3 页`, `3/10`).
enum PageNoise {
    /// A short line that is one number and nothing else (43.2, 86%, 1,203.5): a table cell,
    /// when a page number is an integer of up to three digits.
    static func isNumberCell(_ line: [Unicode.Scalar]) -> Bool {
        guard line.count <= 12, let first = line.first, Scalars.isDigit(first),
            line.contains(where: { $0 == "." || $0 == "%" || $0 == "," }) || line.count > 3
        else { return false }
        return line.allSatisfy { Scalars.isDigit($0) || $0 == "." || $0 == "%" || $0 == "," }
    }

    static func isNoise(_ line: [Unicode.Scalar]) -> Bool {
        guard line.count <= 12 else { return false }
        // Every kind of noise holds a digit, a dash, a space or 第: most short lines hold none.
        guard line.contains(where: { Scalars.isDigit($0) || $0 == "-" || $0 == "—" || $0 == "–" || $0 == " " || $0 == "第" }) else {
            return false
        }
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
