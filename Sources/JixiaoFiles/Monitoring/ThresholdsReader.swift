import Foundation
import JixiaoCore

/// Reads monitoring thresholds (docs/monitoring-format.md): one fiscal year's bands, or a
/// list of them, each checked (`MonitoringThresholds.problems`) before it is used.
public enum ThresholdsReader {
    /// The thresholds in the file at `url`; `file` is the name used in messages.
    public static func read(url: URL, file: String? = nil) throws(FileError) -> [MonitoringThresholds] {
        let name = file ?? url.path
        return try read(text: TextDecoding.readDocument(url, file: name), file: name)
    }

    /// The thresholds in `text` (YAML or JSON): one mapping or a list of mappings.
    public static func read(text: String, file: String) throws(FileError) -> [MonitoringThresholds] {
        let source = try YAMLSource(text: text, file: file)
        let list: [MonitoringThresholds]
        if case .sequence = source.root {
            list = try source.decode([MonitoringThresholds].self)
        } else {
            list = [try source.decode(MonitoringThresholds.self)]
        }
        let problems = list.enumerated().flatMap { index, thresholds in
            thresholds.problems.map { source.problem(at: list.count > 1 ? [.index(index)] : [], message: $0) }
        }
        if !problems.isEmpty { throw FileError(.invalid, problems) }
        return list
    }
}
