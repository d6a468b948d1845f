/// Follows an enumeration (一是、二是 … or （一）（二） …) and reports where it skips
/// or repeats (`numbering.sequence`).
public struct EnumerationSequence: Sendable {
    /// A break in the sequence: the value found where `expected` was due.
    public struct Break: Sendable, Hashable {
        public var index: Int
        public var found: Int
        public var expected: Int
        public var previous: Int?
    }

    private(set) var last: Int?

    public init() {}

    /// Feeds the next ordinal; returns the break it makes, if any. A 1 always
    /// starts a new enumeration.
    public mutating func next(_ value: Int, at index: Int) -> Break? {
        defer { last = value }
        if value == 1 { return nil }
        let expected = (last ?? 0) + 1
        return value == expected ? nil : Break(index: index, found: value, expected: expected, previous: last)
    }

    /// Forgets the current enumeration (a new paragraph or heading starts one).
    public mutating func reset() { last = nil }

    /// All breaks of a whole sequence of ordinals.
    public static func breaks(in values: [Int]) -> [Break] {
        var sequence = EnumerationSequence()
        return values.enumerated().compactMap { sequence.next($0.element, at: $0.offset) }
    }
}
