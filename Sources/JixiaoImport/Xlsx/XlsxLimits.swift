/// Bounds on an uploaded workbook, so a hostile file costs little: the archive limits of
/// `ZipLimits` plus a cap on the cells read over all sheets and on one cell's text.
public struct XlsxLimits: Sendable, Hashable {
    public var zip: ZipLimits
    /// Most cells read over all worksheets.
    public var maxCells: Int
    /// Longest text of one cell (Excel's own limit is 32,767 UTF-16 units).
    public var maxCellCharacters: Int
    /// Most worksheets.
    public var maxSheets: Int

    public init(
        zip: ZipLimits = ZipLimits(maxEntries: 500, maxEntryBytes: 32 << 20, maxTotalBytes: 64 << 20),
        maxCells: Int = 200_000, maxCellCharacters: Int = 40_000, maxSheets: Int = 64
    ) {
        self.zip = zip
        self.maxCells = maxCells
        self.maxCellCharacters = maxCellCharacters
        self.maxSheets = maxSheets
    }

    public static let standard = XlsxLimits()
}
