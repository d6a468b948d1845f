import Foundation
import JixiaoCore

/// A framework read from uploaded bytes, with the text it was read from.
public struct UploadedFrameworkFile: Sendable {
    public var loaded: LoadedFramework
    public var format: FrameworkReader.Format
    /// The file decoded as text (UTF-8, or GB18030 as Excel writes CSV in China).
    public var text: String
}

extension FrameworkReader {
    /// Reads and validates framework bytes named `file` (its extension gives the format; a CSV
    /// table's id and title default to the file name). Throws like `read(url:file:)`.
    public static func read(data: Data, file: String) throws(FileError) -> UploadedFrameworkFile {
        let url = URL(fileURLWithPath: file)
        guard let format = Format(fileExtension: url.pathExtension) else {
            throw FileError(.unreadable, file: file, message: FileMessages.unknownExtension(url.pathExtension))
        }
        guard let text = TextDecoding.decode(data) else {
            throw FileError(.unreadable, file: file, message: FileMessages.notText)
        }
        let stem = url.deletingPathExtension().lastPathComponent
        let loaded = try read(
            text: text, file: file, format: format,
            csvDefaults: CSVFrameworkDefaults(id: stem, title: stem))
        return UploadedFrameworkFile(loaded: loaded, format: format, text: text)
    }
}
