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
    /// Each heading's title as scalars, for the checks that search titles (made by
    /// `init` alongside `headings`).
    let titleScalars: [[Unicode.Scalar]]

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
        titleScalars = builder.titles
        numberingBreaks = ListNumbering.breaks(builder.headings) + EnumerationScanner.breaks(document, headings: builder.headings)
        numberingBreaks.sort { $0.line < $1.line }
    }

    /// Text of a heading's own body: inline text after its title and the following
    /// paragraphs up to the next numbered paragraph.
    public func directBody(_ index: Int) -> [Unicode.Scalar] {
        Array(directBodyParts(index).joined())
    }

    /// `directBody` as the slices of paragraphs it is made of, without copying them.
    func directBodyParts(_ index: Int) -> [ArraySlice<Unicode.Scalar>] {
        let heading = headings[index]
        let own = document.paragraphs[heading.paragraph].scalars
        var parts = [own[min(heading.bodyOffset, own.count)...]]
        let next = index + 1 < headings.count ? headings[index + 1].paragraph : document.paragraphs.count
        if heading.paragraph + 1 < next {
            for p in (heading.paragraph + 1)..<next { parts.append(document.paragraphs[p].scalars[...]) }
        }
        return parts
    }

    /// True when a heading's whole subtree holds no text beyond its titles.
    public func isEmpty(_ index: Int) -> Bool {
        let heading = headings[index]
        if !hasEmptyBody(index) { return false }
        var h = index + 1
        while h < headings.count, headings[h].paragraph < heading.subtreeEnd {
            if !hasEmptyBody(h) { return false }
            h += 1
        }
        return true
    }

    private func hasEmptyBody(_ index: Int) -> Bool { directBodyParts(index).allSatisfy(\.isEmpty) }
}
