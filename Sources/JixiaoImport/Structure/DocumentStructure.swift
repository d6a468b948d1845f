import JixiaoCore

/// The outline of a report: its headings and numbered items, in order, with the
/// numbering breaks found while following them.
public struct DocumentStructure: Sendable {
    public var document: NormalisedDocument
    public var headings: [Heading]
    /// For each paragraph, the index in `headings` of the innermost heading it belongs to.
    public var owner: [Int?]
    /// Numbering that skips or repeats (一、 （一） 1. （1） ① and 一是 …).
    public var numberingBreaks: [NumberingBreak]

    /// A skip or repeat in a numbering sequence.
    public struct NumberingBreak: Sendable, Hashable {
        public var line: Int
        public var found: String
        public var expected: String
        public var previous: String?
    }

    public init(_ document: NormalisedDocument) {
        self.document = document
        var builder = OutlineBuilder(document)
        builder.build()
        headings = builder.headings
        owner = builder.owner
        numberingBreaks = builder.breaks + EnumerationScanner.breaks(document, headings: builder.headings)
        numberingBreaks.sort { $0.line < $1.line }
    }

    /// Text of a heading's own body: inline text after its title and the following
    /// paragraphs up to the next numbered paragraph.
    public func directBody(_ index: Int) -> [Unicode.Scalar] {
        let heading = headings[index]
        var text = Array(document.paragraphs[heading.paragraph].scalars[min(heading.bodyOffset, document.paragraphs[heading.paragraph].scalars.count)...])
        let next = index + 1 < headings.count ? headings[index + 1].paragraph : document.paragraphs.count
        if heading.paragraph + 1 < next {
            for p in (heading.paragraph + 1)..<next { text.append(contentsOf: document.paragraphs[p].scalars) }
        }
        return text
    }

    /// True when a heading's whole subtree holds no text beyond its titles.
    public func isEmpty(_ index: Int) -> Bool {
        let heading = headings[index]
        if !directBody(index).isEmpty { return false }
        var h = index + 1
        while h < headings.count, headings[h].paragraph < heading.subtreeEnd {
            if !directBody(h).isEmpty { return false }
            h += 1
        }
        return true
    }
}
