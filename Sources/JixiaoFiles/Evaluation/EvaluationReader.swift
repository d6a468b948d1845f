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
    public static func read(
        url: URL, file: String? = nil,
        framework: (Evaluation) -> Framework?
    ) throws(FileError) -> LoadedEvaluation {
        let name = file ?? url.path
        return try read(text: TextDecoding.readDocument(url, file: name), file: name, framework: framework)
    }

    /// Reads evaluation `text` (YAML or JSON).
    public static func read(text: String, file: String, framework: Framework? = nil) throws(FileError) -> LoadedEvaluation {
        try read(text: text, file: file) { _ in framework }
    }

    static func read(
        text: String, file: String,
        framework frameworkFor: (Evaluation) -> Framework?
    ) throws(FileError) -> LoadedEvaluation {
        let source = try YAMLSource(text: text, file: file)
        let document = try source.decode(EvaluationDocument.self)
        var issues: [ConversionIssue] = []
        let evaluation = document.evaluation(issues: &issues)
        if !issues.isEmpty { throw FileError(.invalid, issues.map { source.problem(at: $0.path, message: $0.message) }) }
        var warnings = source.unknownKeyWarnings(EvaluationDocument.schema)
        if let framework = frameworkFor(evaluation) {
            warnings += frameworkWarnings(document, evaluation: evaluation, framework: framework, source: source)
        }
        return LoadedEvaluation(evaluation: evaluation, warnings: warnings)
    }

    /// Indicator keys the framework does not know, and checklist items its rules do not name.
    private static func frameworkWarnings(
        _ document: EvaluationDocument, evaluation: Evaluation, framework: Framework,
        source: YAMLSource
    ) -> [FileProblem] {
        var leaves: [String: Indicator] = [:]
        for leaf in framework.indicators.flatMap(\.leaves) {
            leaves[leaf.name] = leaf
            leaves[leaf.id] = leaf
        }
        let targets = Set(evaluation.targets.map(\.id))
        var warnings: [FileProblem] = []
        for (key, input) in document.indicators?.entries ?? [] {
            let path: [PathComponent] = [.key("indicators"), .key(key)]
            guard let leaf = leaves[key] else {
                if !targets.contains(key) {
                    warnings.append(
                        source.problem(
                            at: path, message: EvaluationMessages.unknownIndicator(key, framework: framework.id),
                            severity: .warning, label: "indicators.\(key)"))
                }
                continue
            }
            guard case .checklist(let items)? = leaf.rule else { continue }
            let names = Set(items.map(\.name))
            for (index, name) in (input.checked ?? []).enumerated() where !names.contains(name) {
                warnings.append(
                    source.problem(
                        at: path + [.key("checked"), .index(index)],
                        message: EvaluationMessages.unknownChecklistItem(name, allowed: items.map(\.name)),
                        severity: .warning, label: "indicators.\(key).checked"))
            }
        }
        return warnings
    }
}
