import Foundation
import JixiaoFiles

/// Reading and scoring an evaluation file the same way in every command.
enum ScoredFile {
    /// The scored evaluation at `file`; the file's warnings go to stderr; exits 2 when it cannot be read.
    static func score(_ file: String, frameworkID: String?, folder: FrameworkFolderOption) throws -> ScoredEvaluation {
        let scored: ScoredEvaluation
        do {
            scored = try EvaluationScoring.score(
                url: URL(fileURLWithPath: file), file: file, frameworkID: frameworkID,
                library: folder.library())
        } catch let error as FileError {
            throw CommandOutput.fail(error.problems.first?.description ?? error.description, code: 2)
        }
        scored.warnings.forEach { CommandOutput.warn($0.description) }
        return scored
    }
}
