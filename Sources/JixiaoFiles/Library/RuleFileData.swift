import Foundation
import JixiaoCore

/// Rule files uploaded as bytes (the administrator's page): decoded like files on disk (UTF-8 or
/// GB18030) and read by their extension, every problem listed with its line.
public enum RuleFileData {
    /// The text of an uploaded file.
    public static func text(_ data: Data, file: String) throws(FileError) -> String {
        guard let text = TextDecoding.decode(data) else { throw FileError(.unreadable, file: file, message: FileMessages.notText) }
        return text
    }

    /// An indicator library: CSV by its extension, else YAML or JSON.
    public static func library(text: String, file: String) throws(FileError) -> LoadedLibrary {
        let ext = (file.split(separator: ".").last.map(String.init) ?? "").lowercased()
        guard ["yaml", "yml", "json", "csv"].contains(ext) else {
            throw FileError(.unreadable, file: file, message: FileMessages.unknownExtension(ext))
        }
        return ext == "csv" ? try LibraryReader.readCSV(text: text, file: file) : try LibraryReader.read(text: text, file: file)
    }

    /// A province's severities (YAML or JSON).
    public static func severities(text: String, file: String) throws(FileError) -> [String: Severity] {
        let ext = (file.split(separator: ".").last.map(String.init) ?? "").lowercased()
        guard ["yaml", "yml", "json"].contains(ext) else {
            throw FileError(.unreadable, file: file, message: FileMessages.unknownExtension(ext))
        }
        return try SeverityFileReader.read(text: text, file: file)
    }
}
