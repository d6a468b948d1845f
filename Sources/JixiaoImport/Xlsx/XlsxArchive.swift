import Foundation
import ZIPFoundation

/// The parts of an .xlsx held in memory after the archive checks of `DocxReader`
/// (entry count, sizes, compression ratio, safe names); only XML parts are kept.
struct XlsxArchive {
    private(set) var parts: [String: [UInt8]] = [:]

    init(data: Data, limits: ZipLimits) throws {
        guard data.count >= 4, data.prefix(2) == Data([0x50, 0x4B]) else { throw XlsxReadError.notXlsx }
        let archive: Archive
        do { archive = try Archive(data: data, accessMode: .read) } catch { throw XlsxReadError.damaged }
        var count = 0, total: UInt64 = 0
        var wanted: [Entry] = []
        for entry in archive {
            count += 1
            if count > limits.maxEntries { throw XlsxReadError.tooLarge("条目超过 \(limits.maxEntries) 个") }
            if !DocxReader.isSafe(entry.path) { throw XlsxReadError.unsafe("路径「\(entry.path)」") }
            total += entry.uncompressedSize
            if total > limits.maxTotalBytes { throw XlsxReadError.tooLarge("解压后总大小超过 \(limits.maxTotalBytes >> 20) MB") }
            if entry.uncompressedSize > limits.ratioFloor,
                entry.uncompressedSize / max(entry.compressedSize, 1) > limits.maxRatio
            {
                throw XlsxReadError.tooLarge("「\(entry.path)」压缩比超过 \(limits.maxRatio):1")
            }
            if entry.path.hasPrefix("xl/"), entry.path.hasSuffix(".xml") || entry.path.hasSuffix(".rels") { wanted.append(entry) }
        }
        if count == 0 { throw XlsxReadError.damaged }
        for entry in wanted {
            var bytes: [UInt8] = []
            do {
                _ = try archive.extract(entry, skipCRC32: false) { chunk in
                    // The declared size may lie: count what actually comes out.
                    if UInt64(bytes.count + chunk.count) > limits.maxEntryBytes { throw XlsxReadError.tooLarge("「\(entry.path)」过大") }
                    bytes.append(contentsOf: chunk)
                }
            } catch let error as XlsxReadError {
                throw error
            } catch {
                throw XlsxReadError.damaged
            }
            parts[entry.path] = bytes
        }
    }

    /// A part by its path inside the package (`xl/workbook.xml`).
    func part(_ path: String) -> [UInt8]? { parts[path] }
}
