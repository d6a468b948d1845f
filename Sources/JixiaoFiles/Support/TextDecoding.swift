import Foundation

#if canImport(CoreFoundation)
    import CoreFoundation
#endif

/// Turns file bytes into text: UTF-8 with or without BOM, else GB18030 (Excel's default in China).
enum TextDecoding {
    static func decode(_ data: Data) -> String? {
        var bytes = data
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        if let text = String(data: bytes, encoding: .utf8) { return text }
        return String(data: data, encoding: gb18030)
    }

    static let gb18030 = String.Encoding(
        rawValue: CFStringConvertEncodingToNSStringEncoding(CFStringEncoding(CFStringEncodings.GB_18030_2000.rawValue)))

    /// Reads a YAML or JSON document (`.yaml`, `.yml`, `.json`) at `url` as text; any other
    /// extension, or a file that cannot be read, is an `unreadable` FileError naming `file`.
    static func readDocument(_ url: URL, file: String) throws(FileError) -> String {
        let ext = url.pathExtension.lowercased()
        guard ["yaml", "yml", "json"].contains(ext) else {
            throw FileError(.unreadable, file: file, message: FileMessages.unknownExtension(ext))
        }
        return try read(url, file: file)
    }

    /// Reads `url` as text, or throws an `unreadable` FileError naming `file`.
    static func read(_ url: URL, file: String) throws(FileError) -> String {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            let reason = FileManager.default.fileExists(atPath: url.path) ? error.localizedDescription : "文件不存在"
            throw FileError(.unreadable, file: file, message: FileMessages.cannotOpen(reason))
        }
        guard let text = decode(data) else { throw FileError(.unreadable, file: file, message: FileMessages.notText) }
        return text
    }
}
