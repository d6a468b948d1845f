extension Indicator {
    /// All leaves under (and including) this indicator, depth first.
    public var leaves: [Indicator] { children.isEmpty ? [self] : children.flatMap(\.leaves) }
}
