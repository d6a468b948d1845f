import Foundation
import JixiaoCore

/// A declaration read from a file, with the warnings found on the way and the line of each field.
public struct LoadedDeclaration: Sendable {
    public var declaration: TargetDeclaration
    public var warnings: [FileProblem]
    /// 1-based lines by field path (`funds.total`, `targets.3.direction`).
    var lines: [String: Int]

    /// The line of `field`, or of the nearest enclosing field the file has.
    public func line(of field: String?) -> Int? {
        guard var path = field else { return nil }
        while true {
            if let line = lines[path] { return line }
            guard let dot = path.lastIndex(of: ".") else { return lines[""] }
            path = String(path[..<dot])
        }
    }

    /// `findings` with the line of their field filled in.
    public func located(_ findings: [Finding]) -> [Finding] {
        findings.map { finding in
            var finding = finding
            if finding.location.line == nil { finding.location.line = line(of: finding.location.field) }
            return finding
        }
    }
}

/// Reads target declarations (YAML or JSON, cycle.md §1) with line-precise Chinese errors.
public enum DeclarationReader {
    /// Reads the declaration at `url`; `file` is the name used in messages.
    public static func read(url: URL, file: String? = nil) throws(FileError) -> LoadedDeclaration {
        let name = file ?? url.path
        return try read(text: TextDecoding.readDocument(url, file: name), file: name)
    }

    /// Reads declaration `text` (YAML or JSON).
    public static func read(text: String, file: String) throws(FileError) -> LoadedDeclaration {
        let source = try YAMLSource(text: text, file: file)
        let document = try source.decode(DeclarationDocument.self)
        var issues: [ConversionIssue] = []
        let declaration = document.declaration(issues: &issues)
        if !issues.isEmpty { throw FileError(.invalid, issues.map { source.problem(at: $0.path, message: $0.message) }) }
        return LoadedDeclaration(
            declaration: declaration, warnings: source.unknownKeyWarnings(DeclarationDocument.schema),
            lines: lineTable(source, rows: document.targets?.count ?? 0))
    }

    static func lineTable(_ source: YAMLSource, rows: Int) -> [String: Int] {
        var paths: [(String, [PathComponent])] = [("", [])]
        var lines: [String: Int] = [:]
        // A top-level field points at its key (`targets:`), not at its first item.
        if case .mapping(let mapping) = source.root {
            for (key, _) in mapping { if let name = key.string, let mark = key.mark { lines[name] = mark.line } }
        }
        for key in ["start", "end"] { paths.append(("period.\(key)", [.key("period"), .key(key)])) }
        for key in ["total", "fiscal", "other"] { paths.append(("funds.\(key)", [.key("funds"), .key(key)])) }
        for index in 0..<rows {
            let row: [PathComponent] = [.key("targets"), .index(index)]
            paths.append(("targets.\(index + 1)", row))
            for key in ["levels", "name", "direction", "target", "unit", "maxScore"] {
                paths.append(("targets.\(index + 1).\(key)", row + [.key(key)]))
            }
        }
        for (field, path) in paths {
            // node(at:) stops at the nearest ancestor; only a node that exists gives its own line.
            guard let node = source.node(at: path), let mark = node.mark else { continue }
            lines[field] = mark.line
        }
        return lines
    }
}
