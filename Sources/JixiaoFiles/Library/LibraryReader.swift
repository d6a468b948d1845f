import Foundation
import JixiaoCore
import Yams

/// Reads indicator library files: YAML/JSON, or CSV exported from Excel (UTF-8 or GB18030).
/// Every problem is listed with its line, not only the first.
public enum LibraryReader {
    /// The built-in library (the resources' `library/*.yaml`), read once per process.
    public static func builtIn() throws(FileError) -> IndicatorLibrary { try builtInOnce.get() }

    private static let builtInOnce = Result<IndicatorLibrary, FileError> { () throws(FileError) -> IndicatorLibrary in
        guard let folder = BuiltInResources.libraryFolder else {
            throw FileError(.unreadable, file: "library", message: FileMessages.cannotOpen("内置指标库资源缺失"))
        }
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
        var library = IndicatorLibrary()
        for name in names where name.hasSuffix(".yaml") {
            library = library.merged(with: try read(url: folder.appendingPathComponent(name), file: name).library)
        }
        return library
    }

    /// The built-ins followed by the indicators of `files`.
    public static func standard(extraFiles: [String]) throws(FileError) -> IndicatorLibrary {
        var library = try builtIn()
        for file in extraFiles {
            library = library.merged(with: try read(url: URL(fileURLWithPath: file), file: file).library)
        }
        return library
    }

    /// Reads the library file at `url` by its extension; `file` is the name used in messages.
    public static func read(url: URL, file: String? = nil) throws(FileError) -> LoadedLibrary {
        let name = file ?? url.path
        let ext = url.pathExtension.lowercased()
        guard ["yaml", "yml", "json", "csv"].contains(ext) else {
            throw FileError(.unreadable, file: name, message: FileMessages.unknownExtension(ext))
        }
        let text = try TextDecoding.read(url, file: name)
        return ext == "csv" ? try readCSV(text: text, file: name) : try read(text: text, file: name)
    }

    /// Reads a YAML or JSON library.
    public static func read(text: String, file: String) throws(FileError) -> LoadedLibrary {
        let source = try YAMLSource(text: text, file: file)
        let document = try source.decode(LibraryDocument.self)
        let listPath: [PathComponent] = if case .sequence = source.root { [] } else { [.key("indicators")] }
        var problems: [FileProblem] = []
        var indicators: [LibraryIndicator] = []
        for (index, row) in document.indicators.enumerated() {
            let path = listPath + [.index(index)]
            let indicator = row.indicator(defaultSector: document.sector) { key, message in
                problems.append(source.problem(at: path + [.key(key)], message: message))
            }
            if let indicator { indicators.append(indicator) }
        }
        if !problems.isEmpty { throw FileError(.invalid, problems) }
        let schema: KeySchema = .list(.keys(LibraryRowDocument.keys))
        let warnings =
            listPath.isEmpty
            ? source.unknownKeyWarnings(schema)
            : source.unknownKeyWarnings(.keys(["sector", "indicators"], ["indicators": schema]))
        return LoadedLibrary(library: IndicatorLibrary(indicators), warnings: warnings)
    }
}

/// A library read from a file, with its warnings (unknown keys or columns).
public struct LoadedLibrary: Sendable {
    public var library: IndicatorLibrary
    public var warnings: [FileProblem]
}
