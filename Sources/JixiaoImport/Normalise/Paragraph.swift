/// One logical paragraph after normalisation: hard-wrapped lines joined, with a
/// map from every position back to the line of the input it came from.
public struct Paragraph: Sendable, Hashable {
    /// Where a piece of the text starts and the 1-based input line it came from.
    public struct Piece: Sendable, Hashable {
        public var offset: Int
        public var line: Int
    }

    /// The normalised text as Unicode scalars.
    public var scalars: [Unicode.Scalar]
    /// Pieces in increasing offset; the first has offset 0.
    public var pieces: [Piece]

    public init(scalars: [Unicode.Scalar], line: Int) {
        self.scalars = scalars
        self.pieces = [Piece(offset: 0, line: line)]
    }

    init(scalars: [Unicode.Scalar], pieces: [Piece]) {
        self.scalars = scalars
        self.pieces = pieces
    }

    /// The text as a String.
    public var text: String { TextScan.string(scalars) }

    /// The input line of the first scalar.
    public var firstLine: Int { pieces[0].line }

    /// The input line that the scalar at `offset` came from.
    public func line(at offset: Int) -> Int {
        var low = 0, high = pieces.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if pieces[mid].offset <= offset { low = mid } else { high = mid - 1 }
        }
        return pieces[low].line
    }

    /// True when an input line starts at `offset` (after the first): where a joined
    /// paragraph had a line break, as between the cells of a table read one cell a line.
    public func startsLine(at offset: Int) -> Bool {
        offset > 0 && pieces.contains { $0.offset == offset }
    }

    /// Appends a normalised line that came from input line `line`.
    mutating func append(_ more: [Unicode.Scalar], line: Int) {
        if let last = scalars.last, let first = more.first, Scalars.isASCIILetter(last), Scalars.isASCIILetter(first) {
            scalars.append(" ")
        }
        pieces.append(Piece(offset: scalars.count, line: line))
        scalars.append(contentsOf: more)
    }

    /// The paragraph cut in two at `offset` (0 < offset < count).
    func split(at offset: Int) -> (Paragraph, Paragraph) {
        let head = Array(scalars[..<offset]), tail = Array(scalars[offset...])
        var headPieces: [Piece] = [], tailPieces: [Piece] = []
        for piece in pieces {
            if piece.offset < offset {
                headPieces.append(piece)
            } else {
                tailPieces.append(Piece(offset: piece.offset - offset, line: piece.line))
            }
        }
        if tailPieces.first?.offset != 0 { tailPieces.insert(Piece(offset: 0, line: line(at: offset)), at: 0) }
        return (Paragraph(scalars: head, pieces: headPieces), Paragraph(scalars: tail, pieces: tailPieces))
    }
}

/// The normalised text of a whole report.
public struct NormalisedDocument: Sendable, Hashable {
    public var paragraphs: [Paragraph]
    /// Number of lines of the input (paragraphs for .docx).
    public var sourceLineCount: Int

    public init(paragraphs: [Paragraph], sourceLineCount: Int) {
        self.paragraphs = paragraphs
        self.sourceLineCount = sourceLineCount
    }

    /// The paragraphs joined by newlines, as text.
    public var text: String { paragraphs.map(\.text).joined(separator: "\n") }
}
