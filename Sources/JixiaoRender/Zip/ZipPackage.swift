import Foundation
import ZIPFoundation

/// Writes an Office Open XML package (a ZIP of XML parts) in memory.
///
/// Entries carry a fixed modification date so the same report gives the same
/// bytes every time (tests compare outputs; archives diff cleanly).
struct ZipPackage {
    /// 2020-01-01 00:00:00 UTC, the fixed timestamp of every entry.
    static let fixedDate = Date(timeIntervalSince1970: 1_577_836_800)

    private var parts: [(path: String, data: Data)] = []

    /// Adds a part; parts are written in the order added (`[Content_Types].xml` first).
    mutating func add(_ path: String, _ text: String) {
        parts.append((path, Data(text.utf8)))
    }

    /// The ZIP bytes.
    func data() throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        for part in parts {
            let bytes = part.data
            try archive.addEntry(with: part.path, type: .file, uncompressedSize: Int64(bytes.count),
                                 modificationDate: Self.fixedDate, compressionMethod: .deflate,
                                 bufferSize: max(bytes.count, 16_384)) { position, size in
                bytes.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard let data = archive.data else { throw RenderError.zipFailed }
        return data
    }
}
