import Foundation
import JixiaoCore

/// One evaluation file scored against its framework: what `jixiao score` prints and the web API returns.
public struct ScoredEvaluation: Sendable {
    public var file: String
    public var evaluation: Evaluation
    public var framework: Framework
    public var result: ScoreResult
    /// Problems of the file that did not stop it from being scored (unknown indicators …).
    public var warnings: [FileProblem]

    /// The machine-readable report.
    public var report: ScoreReport { ScoreReport(result: result, evaluation: evaluation, framework: framework, file: file) }

    /// The report as text for a terminal.
    public var text: String { ScoreReportText.render(result, evaluation: evaluation, framework: framework, file: file) }
}

/// Reads an evaluation file, finds its framework and scores it.
public enum EvaluationScoring {
    /// Scores the evaluation at `url` against `frameworkID` (or the file's own `frameworkID`).
    /// Throws when the file cannot be read or names no known framework.
    public static func score(url: URL, file: String? = nil, frameworkID: String? = nil,
                             library: FrameworkLibrary) throws(FileError) -> ScoredEvaluation {
        let name = file ?? url.path
        var chosen: Framework?
        let loaded = try EvaluationReader.read(url: url, file: name) { evaluation in
            chosen = (frameworkID ?? evaluation.frameworkID.nilIfEmpty).flatMap(library.framework(id:))
            return chosen
        }
        guard let id = frameworkID ?? loaded.evaluation.frameworkID.nilIfEmpty else {
            throw FileError(.invalid, file: name, message: EvaluationMessages.noFramework)
        }
        guard let framework = chosen else { throw FileError(.invalid, file: name, message: FileMessages.notFound(id)) }
        var evaluation = loaded.evaluation
        evaluation.frameworkID = framework.id
        // One list of findings for every command: the checks of the evaluation first
        // (sums, sections, metadata, targets), then those found while scoring.
        var result = Scorer(framework: framework).score(evaluation)
        result.findings = EvaluationChecker.check(evaluation) + result.findings
        return ScoredEvaluation(file: name, evaluation: evaluation, framework: framework,
                                result: result, warnings: loaded.warnings)
    }
}
