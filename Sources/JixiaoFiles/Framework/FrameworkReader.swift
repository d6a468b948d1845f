import Foundation
import JixiaoCore

/// A framework read from a file, valid, with the warnings found on the way.
public struct LoadedFramework: Sendable {
    public var framework: Framework
    public var warnings: [FileProblem]
}

/// Reads framework files (YAML, JSON, CSV), converts them to `Framework` and validates them.
public enum FrameworkReader {
    /// The file formats a framework may come in.
    public enum Format: String, Sendable {
        case yaml, json, csv

        /// The format of a file name's extension, or nil.
        public init?(fileExtension: String) {
            switch fileExtension.lowercased() {
            case "yaml", "yml": self = .yaml
            case "json": self = .json
            case "csv": self = .csv
            default: return nil
            }
        }
    }

    /// Reads and validates the framework at `url`; `file` is the name used in messages.
    /// Throws `unreadable` when the bytes cannot be read, `invalid` with every error otherwise.
    public static func read(url: URL, file: String? = nil) throws(FileError) -> LoadedFramework {
        let name = file ?? url.path
        guard let format = Format(fileExtension: url.pathExtension) else {
            throw FileError(.unreadable, file: name, message: FileMessages.unknownExtension(url.pathExtension))
        }
        let text = try TextDecoding.read(url, file: name)
        let stem = url.deletingPathExtension().lastPathComponent
        return try read(text: text, file: name, format: format, csvDefaults: CSVFrameworkDefaults(id: stem, title: stem))
    }

    /// Reads and validates framework `text` in `format`.
    public static func read(
        text: String, file: String, format: Format,
        csvDefaults: CSVFrameworkDefaults = CSVFrameworkDefaults()
    ) throws(FileError) -> LoadedFramework {
        if format == .csv {
            let imported = FrameworkCSVImporter.importTable(text: text, file: file, defaults: csvDefaults)
            let problems = imported.allProblems
            if problems.contains(where: { $0.severity == .error }) { throw FileError(.invalid, problems) }
            return LoadedFramework(framework: imported.framework, warnings: problems)
        }
        let source = try YAMLSource(text: text, file: file)
        // Every value that cannot be read is reported, and the rest of the file is still checked.
        let (document, unreadable, setAside) = try source.decodeCollecting(FrameworkDocument.self)
        var issues: [ConversionIssue] = []
        let framework = document.framework(issues: &issues)
        let conversion =
            unreadable
            + issues.filter { !$0.isAbout(setAside) }.map { source.problem(at: $0.path, message: $0.message) }
            + source.unknownKeyWarnings(FrameworkDocument.schema)
        return try finish(framework, conversion: conversion, setAside: setAside) { issue in
            source.problem(
                at: issue.documentPath, message: issue.message,
                severity: issue.severity == .error ? .error : .warning,
                label: issue.label)
        }
    }

    /// `setAside`: values reported as unreadable; the validator's issues about what holds them
    /// (a leaf "without a rule" whose rule had an unreadable value) would repeat them.
    private static func finish(
        _ framework: Framework, conversion: [FileProblem], setAside: [[PathComponent]] = [],
        place: (FrameworkIssue) -> FileProblem
    ) throws(FileError) -> LoadedFramework {
        let validation = FrameworkValidator().validate(framework).filter { issue in
            let at = issue.documentPath
            return at.isEmpty || !setAside.contains { $0.starts(with: at) }
        }
        let problems = conversion + validation.map(place)
        if problems.contains(where: { $0.severity == .error }) { throw FileError(.invalid, problems) }
        return LoadedFramework(framework: framework, warnings: problems)
    }
}

extension FrameworkIssue {
    /// Where the issue sits in a framework document: `indicators[i].children[j]…` then the field.
    var documentPath: [PathComponent] {
        var path: [PathComponent] = []
        for (depth, index) in indexPath.enumerated() {
            path += [.key(depth == 0 ? "indicators" : "children"), .index(index)]
        }
        if let field { path.append(.key(field)) }
        return path
    }
}

extension FrameworkIssue {
    /// 预算执行 › 结转结余率 › value: the indicator path and the field.
    var label: String? { (namePath + [field].compactMap { $0 }).joined(separator: " › ").nilIfEmpty }
}

extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
