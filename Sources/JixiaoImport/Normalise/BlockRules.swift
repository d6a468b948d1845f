import JixiaoCore

/// When two lines belong to one paragraph. Rules look only at the paragraph so far
/// and the start of the next line, which keeps normalisation idempotent.
enum BlockRules {
    /// `tabFree`: the caller knows neither holds a tab, so rows are told by `|` alone.
    static func joins(_ paragraph: [Unicode.Scalar], _ next: [Unicode.Scalar], tabFree: Bool = false) -> Bool {
        guard let last = paragraph.last else { return false }
        if Scalars.endsParagraph(last) { return false }
        if Scalars.isCloser(last), paragraph.count >= 2, Scalars.endsParagraph(paragraph[paragraph.count - 2]) { return false }
        if startsBlock(next, tabFree: tabFree) || isStandalone(paragraph, tabFree: tabFree) { return false }
        return true
    }

    /// The line begins something new: a heading marker, a `label:` field, a date, 附件.
    static func startsBlock(_ line: [Unicode.Scalar], tabFree: Bool = false) -> Bool {
        HeadingMarker.parse(line, at: 0) != nil || isFieldLabel(line) || isDateLine(line) || isAttachmentLine(line)
            || isTableRow(line, tabFree: tabFree)
    }

    /// A table row: cells separated by tabs (.docx) or pipes (Markdown, or a table a web
    /// page flattened to `总额 | 5.00 | 5.00 |`, which need not start with one).
    static func isTableRow(_ line: [Unicode.Scalar], tabFree: Bool = false) -> Bool {
        // `tabFree`: the Normaliser told rows apart already (each line once), so only a
        // leading pipe is looked at here; scanning the paragraph so far at every join was quadratic.
        if line.first == "|" || tabFree { return line.first == "|" }
        return line.withUnsafeBufferPointer { b in
            var pipes = 0
            for s in b {
                let v = s.value
                if v == 0x7C { pipes += 1; if pipes == 2 { return true } } else if v == 0x09, !tabFree { return true }
            }
            return false
        }
    }

    /// The paragraph stands alone: a short heading, a date line, 附件N, a title.
    static func isStandalone(_ paragraph: [Unicode.Scalar], tabFree: Bool = false) -> Bool {
        isDateLine(paragraph) || isAttachmentLine(paragraph) || isTitle(paragraph) || isShortHeading(paragraph)
            || (paragraph.count <= 40 && isFieldLabel(paragraph)) || isTableRow(paragraph, tabFree: tabFree)
    }

    /// `填报人:` `联系电话:`: up to ten ideographs (spaces allowed) and a colon.
    static func isFieldLabel(_ line: [Unicode.Scalar]) -> Bool {
        var count = 0
        for s in line.prefix(14) {
            if s == ":" { return count >= 2 }
            if Scalars.isIdeograph(s) { count += 1 } else if s != " " { return false }
        }
        return false
    }

    /// A line that is only a date (2024年3月25日, 2024-3-25).
    static func isDateLine(_ line: [Unicode.Scalar]) -> Bool {
        guard line.count >= 8, line.count <= 16, line.first.map(Scalars.isDigit) == true else { return false }
        return CalendarDate(TextScan.string(line)) != nil
    }

    static func isAttachmentLine(_ line: [Unicode.Scalar]) -> Bool {
        line.count <= 6 && line.count >= 2 && line[0] == "附" && line[1] == "件"
    }

    /// A short line ending in 报告 or 自评表 (the report's title).
    static func isTitle(_ line: [Unicode.Scalar]) -> Bool {
        guard line.count <= 40, line.count >= 4 else { return false }
        return TextScan.hasSuffix(report, line, before: line.count) || TextScan.hasSuffix(selfEvaluationForm, line, before: line.count)
    }

    static let report = Array(word: "报告"), selfEvaluationForm = Array(word: "自评表")

    /// A heading marker followed by a short title without commas.
    static func isShortHeading(_ line: [Unicode.Scalar]) -> Bool {
        guard line.count <= 30, let marker = HeadingMarker.parse(line, at: 0) else { return false }
        if HeadingTitle.startsBody(line, from: marker.length) { return false }
        let rest = line[marker.length...].dropLast(line.last == "。" || line.last == ":" ? 1 : 0)
        return !rest.contains { $0 == "," || $0 == "、" || $0 == ";" || $0 == "。" }
    }
}
