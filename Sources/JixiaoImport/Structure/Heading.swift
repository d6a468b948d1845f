/// A heading or numbered item of a report, with its place in the outline.
public struct Heading: Sendable, Hashable {
    /// Index of its paragraph in `NormalisedDocument.paragraphs`.
    public var paragraph: Int
    public var marker: HeadingMarker
    /// Title without the mark (部门职能); for an item, its name up to the first clause end.
    public var title: String
    /// True when the paragraph reads as a heading (short, or a title ended by 。/:),
    /// false for a numbered item of running text.
    public var isTitled: Bool
    /// Offset in the paragraph where text after the title starts.
    public var bodyOffset: Int
    /// Depth in the outline (0 for the outermost style in use).
    public var depth: Int
    /// One past the last paragraph of its subtree.
    public var subtreeEnd: Int
    /// Input line of the heading.
    public var line: Int

    /// The mark and title as shown: （三）部门整体支出绩效目标.
    public var display: String { HeadingMarker.text(marker.style, marker.value) + title }
}
