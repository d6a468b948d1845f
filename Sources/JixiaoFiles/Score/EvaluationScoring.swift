import Foundation
import JixiaoCore

/// One evaluation file checked and scored against its framework: what `jixiao score` and
/// `jixiao render` read.
public struct ScoredEvaluation: Sendable {
    public var file: String
    /// The evaluation analysed by Core's `Analyzer`: its score and every finding (checks, then scoring).
    public var analysis: EvaluationAnalysis
    public var framework: Framework
    /// The score of `analysis` (a file is only analysed once its framework is found).
    public var result: ScoreResult
    /// Problems of the file that did not stop it from being scored (unknown indicators …).
    public var warnings: [FileProblem]

    public var evaluation: Evaluation { analysis.evaluation }

    /// The machine-readable report.
    public var report: ScoreReport {
        ScoreReport(result: result, findings: analysis.findings, evaluation: evaluation, framework: framework, file: file)
    }

    /// The report as text for a terminal.
    public var text: String {
        ScoreReportText.render(result, findings: analysis.findings, evaluation: evaluation, framework: framework, file: file)
    }
}

/// Reads an evaluation file, finds its framework, checks and scores it (through Core's `Analyzer`).
public enum EvaluationScoring {
    /// Scores the evaluation at `url` against `frameworkID` (or the file's own `frameworkID`).
    /// Throws when the file cannot be read or names no known framework.
    public static func score(
        url: URL, file: String? = nil, frameworkID: String? = nil,
        library: FrameworkLibrary
    ) throws(FileError) -> ScoredEvaluation {
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
        let analysis = Analyzer(framework: framework).analyze(evaluation)
        guard let result = analysis.score else { throw FileError(.invalid, file: name, message: FileMessages.notFound(id)) }
        return ScoredEvaluation(
            file: name, analysis: analysis, framework: framework, result: result,
            warnings: loaded.warnings)
    }
}
