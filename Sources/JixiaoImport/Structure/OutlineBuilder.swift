import JixiaoCore

/// Follows the numbering styles of a report as a stack: a style already on the stack
/// closes everything opened after it; a new style opens a deeper level. Numbering
/// slips are `ListNumbering`'s concern.
struct OutlineBuilder {
    let document: NormalisedDocument
    var headings: [Heading] = []
    /// Each heading's title as scalars.
    var titles: [[Unicode.Scalar]] = []
    var owner: [Int?]

    private struct Level {
        var style: HeadingMarker.Style
        var value: Int
        var heading: Int
    }

    init(_ document: NormalisedDocument) {
        self.document = document
        owner = Array(repeating: nil, count: document.paragraphs.count)
    }

    mutating func build() {
        var stack: [Level] = []
        var previousOpen = false
        for (p, paragraph) in document.paragraphs.enumerated() {
            let s = paragraph.scalars
            defer { previousOpen = s.last.map { !Scalars.endsParagraph($0) && !Scalars.isCloser($0) } ?? false }
            guard let marker = HeadingMarker.parse(s, at: 0) else {
                owner[p] = stack.last?.heading
                continue
            }
            let (end, body, titled) = HeadingTitle.find(s, markerLength: marker.length)
            // A mark at the start of a line that continues an unfinished sentence is
            // more likely a wrapped number than a new item: keep it out of the outline.
            let afterBareHeading =
                stack.last.map {
                    headings[$0.heading].paragraph == p - 1 && headings[$0.heading].bodyOffset >= document.paragraphs[p - 1].scalars.count
                } ?? false
            if previousOpen && !afterBareHeading && !titled {
                owner[p] = stack.last?.heading
                continue
            }
            var titleEnd = max(marker.length, end)
            while titleEnd > marker.length, s[titleEnd - 1] == "." || s[titleEnd - 1] == " " { titleEnd -= 1 }
            let index = headings.count
            // 一、 is always a top section: after （一）（二） without 一、 before them, 三、 closes
            // them instead of opening a level below (二).
            let position = stack.lastIndex(where: { $0.style == marker.style }) ?? (marker.style == .chinese && !stack.isEmpty ? 0 : nil)
            if let position {
                for closed in stack[position...] { headings[closed.heading].subtreeEnd = p }
                stack.removeSubrange(position...)
            }
            let title = Array(s[marker.length..<titleEnd])
            titles.append(title)
            headings.append(
                Heading(
                    paragraph: p, marker: marker, title: TextScan.string(title), isTitled: titled,
                    bodyOffset: body, depth: stack.count, subtreeEnd: document.paragraphs.count,
                    line: paragraph.firstLine))
            stack.append(Level(style: marker.style, value: marker.value, heading: index))
            owner[p] = index
        }
    }
}
