import Foundation
import JixiaoCore

/// Reads the `targets:` rows of a target declaration (cycle.md §1; the same row shape as in an
/// evaluation file) to compare a monitoring round with (`monitor.target-changed`). Only the rows
/// are read: the declaration's other keys are its own reader's business.
public enum DeclaredTargetsReader {
    private struct Document: Codable {
        var targets: [TargetDocument]?
    }

    /// The declared targets in the file at `url`; `file` is the name used in messages.
    public static func read(url: URL, file: String? = nil) throws(FileError) -> [Target] {
        let name = file ?? url.path
        let ext = url.pathExtension.lowercased()
        guard ["yaml", "yml", "json"].contains(ext) else {
            throw FileError(.unreadable, file: name, message: FileMessages.unknownExtension(ext))
        }
        return try read(text: TextDecoding.read(url, file: name), file: name)
    }

    /// The declared targets in `text` (YAML or JSON).
    public static func read(text: String, file: String) throws(FileError) -> [Target] {
        let source = try YAMLSource(text: text, file: file)
        let document = try source.decode(Document.self)
        guard let rows = document.targets else {
            throw FileError(.invalid, file: file, message: FileMessages.missingKey("targets"))
        }
        var issues: [ConversionIssue] = []
        let targets = rows.enumerated().map { index, row in row.target(at: [.key("targets"), .index(index)], issues: &issues) }
        if !issues.isEmpty { throw FileError(.invalid, issues.map { source.problem(at: $0.path, message: $0.message) }) }
        return targets
    }
}
