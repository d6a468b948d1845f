import JixiaoCore

/// The text of one section of a read report, as the unit wrote it.
struct SectionText {
    let structure: DocumentStructure
    /// The input lines, when known (else the normalised paragraphs are the text).
    let lines: [[Unicode.Scalar]]?

    /// The text after the heading's title and the paragraphs up to `end`, up to the
    /// first table (the caption just above a table is part of it); without the visible gap
    /// a generated report prints (【此部分未填写：…】), in a conclusion the sentence this
    /// app generates with the total (经自评，…综合得分为…分（满分…分）…), and at the end of
    /// the document the signature (unit name and date).
    func text(heading h: Int, end: Int, content: ReportSectionContent) -> String {
        let heading = structure.headings[h], paragraphs = structure.document.paragraphs
        var parts: [String] = [], used = Set<Int>()
        if let inline = inlineBody(heading) { parts.append(inline) }
        used.formUnion(paragraphs[heading.paragraph].pieces.map(\.line))
        let end = min(end, paragraphs.count)
        var p = heading.paragraph + 1, last = end
        while p < end {
            let paragraph = paragraphs[p]
            if BlockRules.isTableRow(paragraph.scalars) {
                if p - 1 > heading.paragraph, !parts.isEmpty, Self.isCaption(paragraphs[p - 1].text) { parts.removeLast() }
                last = p
                break
            }
            let normalised = paragraph.text.trimmingFullWidthSpaces
            if !normalised.isEmpty, !Self.isGap(normalised), !(content == .conclusion && Self.isGeneratedConclusion(normalised)) {
                parts.append(written(paragraph, used: &used) ?? normalised)
            }
            p += 1
        }
        if last == paragraphs.count { dropSignature(&parts, paragraphs: paragraphs) }
        return parts.joined(separator: "\n")
    }

    /// A paragraph's input lines joined as written, or nil when a line also made another
    /// paragraph (a split line) or the lines are not known.
    private func written(_ paragraph: Paragraph, used: inout Set<Int>) -> String? {
        guard let lines else { return nil }
        var numbers: [Int] = []
        for piece in paragraph.pieces where numbers.last != piece.line { numbers.append(piece.line) }
        guard numbers.allSatisfy({ $0 >= 1 && $0 <= lines.count && !used.contains($0) }) else { return nil }
        used.formUnion(numbers)
        var text = String.UnicodeScalarView()
        for n in numbers {
            let line = Self.trimmed(lines[n - 1])
            if let a = text.last, let b = line.first, Scalars.isASCIILetter(a), Scalars.isASCIILetter(b) { text.append(" ") }
            text.append(contentsOf: line)
        }
        return String(text)
    }

    /// The text after the heading's title on its own line (（三）整体支出绩效目标：紧紧围绕…),
    /// found in the written line by following the title's characters.
    private func inlineBody(_ heading: Heading) -> String? {
        let own = structure.document.paragraphs[heading.paragraph].scalars
        guard heading.bodyOffset < own.count else { return nil }
        let normalised = Self.dropLeadingPunctuation(TextScan.string(Array(own[heading.bodyOffset...])))
        guard !normalised.isEmpty else { return nil }
        guard let lines, heading.line >= 1, heading.line <= lines.count else { return normalised }
        let line = lines[heading.line - 1]
        let title = Array(heading.title.unicodeScalars.filter { $0 != " " }.map(HalfWidth.fold))
        var t = 0, i = 0
        while i < line.count, t < title.count {
            if HalfWidth.fold(line[i]) == title[t] { t += 1 }
            i += 1
        }
        guard t == title.count else { return normalised }
        let rest = Self.dropLeadingPunctuation(String(String.UnicodeScalarView(line[i...])))
        return rest.isEmpty ? normalised : rest
    }

    /// The signature at a document's end: a date line and the unit's name above it.
    private func dropSignature(_ parts: inout [String], paragraphs: [Paragraph]) {
        guard let date = parts.last, BlockRules.isDateLine(Array(date.filter { $0 != " " }.unicodeScalars)) else { return }
        parts.removeLast()
        if let name = parts.last, name.count <= 40, !name.contains(where: { "，。；,;".contains($0) }) { parts.removeLast() }
    }

    static func trimmed(_ line: [Unicode.Scalar]) -> [Unicode.Scalar] {
        let space: (Unicode.Scalar) -> Bool = { $0 == " " || $0 == "\u{3000}" || $0 == "\t" || $0 == "\r" }
        return Array(line.drop(while: space).reversed().drop(while: space).reversed())
    }

    static func isGap(_ text: String) -> Bool { text.hasPrefix("【此部分未填写") || text == "【未填写】" }

    static func isCaption(_ text: String) -> Bool {
        text.count <= 40 && (text.hasSuffix("表") || text.contains("表（") || text.contains("表("))
    }

    static func isGeneratedConclusion(_ text: String) -> Bool {
        text.hasPrefix("经自评") && text.contains("综合得分为") && text.contains("满分") && text.contains("自评等级为")
    }

    static func dropLeadingPunctuation(_ text: String) -> String {
        String(text.drop { "：:。.，, ".contains($0) }).trimmingFullWidthSpaces
    }
}
