import Foundation
import JixiaoCore

/// A monitoring round read from a file, with the warnings found on the way.
public struct LoadedMonitoringRound: Sendable {
    public var round: MonitoringRound
    public var warnings: [FileProblem]
}

/// Reads monitoring rounds (YAML or JSON, one schema; cycle.md §3), with line-precise Chinese errors.
public enum MonitoringReader {
    /// Reads the round at `url`; `file` is the name used in messages.
    public static func read(url: URL, file: String? = nil) throws(FileError) -> LoadedMonitoringRound {
        let name = file ?? url.path
        return try read(text: TextDecoding.readDocument(url, file: name), file: name)
    }

    /// Reads round `text` (YAML or JSON).
    public static func read(text: String, file: String) throws(FileError) -> LoadedMonitoringRound {
        let source = try YAMLSource(text: text, file: file)
        let document = try source.decode(MonitoringDocument.self)
        var issues: [ConversionIssue] = []
        guard let round = document.round(issues: &issues), issues.isEmpty else {
            throw FileError(.invalid, issues.map { source.problem(at: $0.path, message: $0.message) })
        }
        return LoadedMonitoringRound(round: round, warnings: source.unknownKeyWarnings(MonitoringDocument.schema))
    }
}
