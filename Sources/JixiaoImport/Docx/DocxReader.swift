import Foundation
import ZIPFoundation

/// Reads the text of a .docx in memory: paragraphs and table rows of
/// word/document.xml in reading order. Nothing is ever written to disk; sizes,
/// counts and ratios are capped; entry names that could escape a folder, DTDs and
/// entities make the whole file rejected.
public enum DocxReader {
    /// The paragraphs of the document (a table row is one line, cells separated by tabs).
    public static func lines(data: Data, path: String, limits: ZipLimits = .standard) throws -> [[Unicode.Scalar]] {
        let xml = try documentXML(data: data, path: path, limits: limits)
        return try DocumentXMLScanner.lines(xml, path: path)
    }

    /// The bytes of word/document.xml after every safety check.
    static func documentXML(data: Data, path: String, limits: ZipLimits) throws -> [UInt8] {
        guard data.count >= 4, data.prefix(2) == Data([0x50, 0x4B]) else { throw ImportError.notZip(path: path) }
        let archive: Archive
        do { archive = try Archive(data: data, accessMode: .read) } catch { throw ImportError.truncated(path: path) }
        var document: Entry? = nil
        var count = 0
        var total: UInt64 = 0
        for entry in archive {
            count += 1
            if count > limits.maxEntries { throw ImportError.tooLarge(path: path, detail: "条目超过 \(limits.maxEntries) 个") }
            if !isSafe(entry.path) { throw ImportError.unsafeEntry(path: path, entry: entry.path) }
            total += entry.uncompressedSize
            if total > limits.maxTotalBytes { throw ImportError.tooLarge(path: path, detail: "解压后总大小超过 \(limits.maxTotalBytes >> 20) MB") }
            if entry.uncompressedSize > limits.ratioFloor,
                entry.uncompressedSize / max(entry.compressedSize, 1) > limits.maxRatio
            {
                throw ImportError.tooLarge(path: path, detail: "「\(entry.path)」压缩比超过 \(limits.maxRatio):1")
            }
            if entry.path == "word/document.xml" { document = entry }
        }
        if count == 0 { throw ImportError.truncated(path: path) }
        guard let document else { throw ImportError.missingDocument(path: path) }
        if document.uncompressedSize > limits.maxEntryBytes {
            throw ImportError.tooLarge(path: path, detail: "正文超过 \(limits.maxEntryBytes >> 20) MB")
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Int(min(document.uncompressedSize, limits.maxEntryBytes)))
        do {
            _ = try archive.extract(document, skipCRC32: false) { chunk in
                // The declared size may lie: count what actually comes out.
                if UInt64(bytes.count + chunk.count) > limits.maxEntryBytes { throw SizeExceeded() }
                bytes.append(contentsOf: chunk)
            }
        } catch is SizeExceeded {
            throw ImportError.tooLarge(path: path, detail: "正文解压后超过 \(limits.maxEntryBytes >> 20) MB")
        } catch {
            throw ImportError.truncated(path: path)
        }
        return bytes
    }

    private struct SizeExceeded: Error {}

    /// False for names that could leave the folder they are extracted to.
    static func isSafe(_ name: String) -> Bool {
        if name.hasPrefix("/") || name.hasPrefix("\\") || name.contains("\\") { return false }
        if name.count >= 2, name.dropFirst().first == ":" { return false }
        return !name.split(separator: "/", omittingEmptySubsequences: false).contains("..")
    }
}
