/// Limits that keep a hostile archive from exhausting memory (zip bombs).
public struct ZipLimits: Sendable, Hashable {
    /// Most entries an archive may list.
    public var maxEntries: Int
    /// Largest uncompressed size of the one entry read (word/document.xml).
    public var maxEntryBytes: UInt64
    /// Largest sum of declared uncompressed sizes over all entries.
    public var maxTotalBytes: UInt64
    /// Largest ratio of uncompressed to compressed size for entries above `ratioFloor`.
    public var maxRatio: UInt64
    /// Entries smaller than this are not held to `maxRatio` (tiny XML compresses well).
    public var ratioFloor: UInt64

    public init(
        maxEntries: Int = 2_000, maxEntryBytes: UInt64 = 64 << 20, maxTotalBytes: UInt64 = 256 << 20,
        maxRatio: UInt64 = 200, ratioFloor: UInt64 = 1 << 20
    ) {
        self.maxEntries = maxEntries
        self.maxEntryBytes = maxEntryBytes
        self.maxTotalBytes = maxTotalBytes
        self.maxRatio = maxRatio
        self.ratioFloor = ratioFloor
    }

    public static let standard = ZipLimits()
}
