import Foundation

/// A ZIP of finished files (several reports in one download), written in memory by the
/// same writer as the Office packages: names in UTF-8, a fixed date, small files stored.
public struct ZipBundle: Sendable {
    private var package = ZipPackage()

    public init() {}

    /// Adds a file under `name` (a path inside the archive; the caller makes it safe and unique).
    public mutating func add(_ name: String, _ data: Data) { package.add(name, bytes: Array(data)) }

    /// The ZIP bytes.
    public func data() throws -> Data { try package.data() }
}
