import Foundation
import JixiaoCore

/// An evaluation read from a file, with the warnings found on the way.
public struct LoadedEvaluation: Sendable {
    public var evaluation: Evaluation
    public var warnings: [FileProblem]
}

/// Reads evaluation files (YAML or JSON, one schema), with line-precise Chinese errors.
public enum EvaluationReader {
    /// Reads the evaluation at `url`; `file` is the name used in messages.
    /// With `framework`, indicator keys it does not know are reported as warnings.
    public static func read(url: URL, file: String? = nil, framework: Framework? = nil) throws(FileError) -> LoadedEvaluation {
        try read(url: url, file: file) { _ in framework }
    }

    /// Reads the evaluation at `url`; `framework` picks the framework to check indicator keys
    /// against once the evaluation is known (e.g. from its `frameworkID`).
    public static func read(url: URL, file: String? = nil,
                            framework: (Evaluation) -> Framework?) throws(FileError) -> LoadedEvaluation {
        let name = file ?? url.path
        let ext = url.pathExtension.lowercased()
        guard ["yaml", "yml", "json"].contains(ext) else {
            throw FileError(.unreadable, file: name, message: FileMessages.unknownExtension(ext))
        }
        return try read(text: TextDecoding.read(url, file: name), file: name, framework: framework)
    }

    /// Reads evaluation `text` (YAML or JSON).
    public static func read(text: String, file: String, framework: Framework? = nil) throws(FileError) -> LoadedEvaluation {
        try read(text: text, file: file) { _ in framework }
    }

    static func read(text: String, file: String,
                     framework frameworkFor: (Evaluation) -> Framework?) throws(FileError) -> LoadedEvaluation {
        let source = try YAMLSource(text: text, file: file)
        let document = try source.decode(EvaluationDocument.self)
        var issues: [ConversionIssue] = []
        let evaluation = document.evaluation(issues: &issues)
        if !issues.isEmpty { throw FileError(.invalid, issues.map { source.problem(at: $0.path, message: $0.message) }) }
        var warnings: [FileProblem] = []
        if let framework = frameworkFor(evaluation) {
            let leaves = framework.indicators.flatMap(\.leaves).flatMap { [$0.id, $0.name] }
            let known = Set(leaves + evaluation.targets.map(\.id))
            for (key, _) in document.indicators?.entries ?? [] where !known.contains(key) {
                warnings.append(source.problem(at: [.key("indicators"), .key(key)],
                                               message: EvaluationMessages.unknownIndicator(key, framework: framework.id),
                                               severity: .warning, label: "indicators.\(key)"))
            }
        }
        return LoadedEvaluation(evaluation: evaluation, warnings: warnings)
    }
}
