/// Finds numbering slips among the numbered headings and items of a report.
///
/// Lists may nest inside lists of the same style (a 1. 2. list under item 1. of an
/// outer list), so open lists are kept as a stack: a mark that continues any open list
/// of its style (innermost first) is right and closes the lists opened inside that one;
/// a 1 opens a new nested list; a 一、 heading closes every list below it. Only a mark
/// that continues no open list is a break.
enum ListNumbering {
    private struct OpenList {
        var style: HeadingMarker.Style
        var last: Int
    }

    static func breaks(_ headings: [Heading]) -> [DocumentStructure.NumberingBreak] {
        var open: [OpenList] = []
        var result: [DocumentStructure.NumberingBreak] = []
        for heading in headings {
            let marker = heading.marker
            if marker.style == .chinese { open.removeAll { $0.style != .chinese } }
            if let position = open.lastIndex(where: { $0.style == marker.style && $0.last + 1 == marker.value }) {
                open.removeSubrange((position + 1)...)
                open[position].last = marker.value
                continue
            }
            if marker.value == 1 {
                open.append(OpenList(style: marker.style, last: 1))
                continue
            }
            let innermost = open.lastIndex { $0.style == marker.style }
            let previous = innermost.map { open[$0].last }
            result.append(
                .init(
                    line: heading.line, found: HeadingMarker.text(marker.style, marker.value),
                    expected: HeadingMarker.text(marker.style, (previous ?? 0) + 1),
                    previous: previous.map { HeadingMarker.text(marker.style, $0) }))
            // Follow the slip as the author's intent: it continues the innermost list of its style.
            if let innermost {
                open.removeSubrange((innermost + 1)...)
                open[innermost].last = marker.value
            } else {
                open.append(OpenList(style: marker.style, last: marker.value))
            }
        }
        return result
    }
}
