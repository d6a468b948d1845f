import JixiaoCore

/// When two lines belong to one paragraph. Rules look only at the paragraph so far
/// and the start of the next line, which keeps normalisation idempotent.
enum BlockRules {
    static func joins(_ paragraph: [Unicode.Scalar], _ next: [Unicode.Scalar]) -> Bool {
        guard let last = paragraph.last else { return false }
        if Scalars.endsParagraph(last) { return false }
        if Scalars.isCloser(last), paragraph.count >= 2, Scalars.endsParagraph(paragraph[paragraph.count - 2]) { return false }
        if startsBlock(next) || isStandalone(paragraph) { return false }
        return true
    }

    /// The line begins something new: a heading marker, a `label:` field, a date, 附件.
    static func startsBlock(_ line: [Unicode.Scalar]) -> Bool {
        HeadingMarker.parse(line, at: 0) != nil || isFieldLabel(line) || isDateLine(line) || isAttachmentLine(line)
    }

    /// The paragraph stands alone: a short heading, a date line, 附件N, a title.
    static func isStandalone(_ paragraph: [Unicode.Scalar]) -> Bool {
        isDateLine(paragraph) || isAttachmentLine(paragraph) || isTitle(paragraph) || isShortHeading(paragraph)
            || (paragraph.count <= 40 && isFieldLabel(paragraph))
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
        var view = String.UnicodeScalarView()
        view.append(contentsOf: line)
        return CalendarDate(String(view)) != nil
    }

    static func isAttachmentLine(_ line: [Unicode.Scalar]) -> Bool {
        line.count <= 6 && line.count >= 2 && line[0] == "附" && line[1] == "件"
    }

    /// A short line ending in 报告 or 自评表 (the report's title).
    static func isTitle(_ line: [Unicode.Scalar]) -> Bool {
        guard line.count <= 40, line.count >= 4 else { return false }
        let tail2 = line.suffix(2), tail3 = line.suffix(3)
        return tail2.elementsEqual("报告".unicodeScalars) || tail3.elementsEqual("自评表".unicodeScalars)
    }

    /// A heading marker followed by a short title without commas.
    static func isShortHeading(_ line: [Unicode.Scalar]) -> Bool {
        guard line.count <= 30, let marker = HeadingMarker.parse(line, at: 0) else { return false }
        if HeadingTitle.bodyStarts.contains(where: { word in TextScan.find(word, in: line, from: marker.length) != nil }) { return false }
        let rest = line[marker.length...].dropLast(line.last == "。" || line.last == ":" ? 1 : 0)
        return !rest.contains { $0 == "," || $0 == "、" || $0 == ";" || $0 == "。" }
    }
}
