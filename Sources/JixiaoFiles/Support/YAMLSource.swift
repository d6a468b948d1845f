import Foundation
import Yams

/// A parsed YAML (or JSON, which YAML reads too) document that remembers where
/// every node came from, so decoding errors can name the line and column.
struct YAMLSource {
    let file: String
    let root: Node

    /// Parses `text`; syntax errors become an `invalid` FileError with the position.
    init(text: String, file: String) throws(FileError) {
        self.file = file
        let (refusal, nodeLimit) = YAMLLimits.check(text)
        if let refusal { throw FileError(.invalid, file: file, message: refusal) }
        do {
            guard let node = try Yams.compose(yaml: text) else {
                throw FileError(.invalid, file: file, message: FileMessages.empty)
            }
            if let refusal = YAMLLimits.nodeRefusal(node, limit: nodeLimit) {
                throw FileError(.invalid, file: file, message: refusal)
            }
            root = node
        } catch let error as FileError {
            throw error
        } catch let error as YamlError {
            throw FileError(.invalid, [Self.problem(error, file: file)])
        } catch {
            throw FileError(.invalid, file: file, message: FileMessages.syntax("\(error)"))
        }
    }

    /// Decodes `T` from the document; decoding errors are placed at their node.
    func decode<T: Decodable>(_ type: T.Type) throws(FileError) -> T {
        do {
            return try YAMLDecoder().decode(type, from: root)
        } catch let error as DecodingError {
            throw FileError(.invalid, [problem(error)])
        } catch let error as YamlError {
            throw FileError(.invalid, [Self.problem(error, file: file)])
        } catch {
            throw FileError(.invalid, file: file, message: "\(error)")
        }
    }

    /// A problem at `path` (keys and indices from the root).
    func problem(
        at path: [PathComponent], message: String, severity: FileProblem.Severity = .error,
        label: String? = nil
    ) -> FileProblem {
        let mark = node(at: path)?.mark
        return FileProblem(
            file: file, line: mark?.line, column: mark?.column,
            path: label ?? pathLabel(path), severity: severity, message: message)
    }

    private static func problem(_ error: YamlError, file: String) -> FileProblem {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            return FileProblem(file: file, line: mark.line, column: mark.column, message: FileMessages.syntax(problem))
        case .duplicatedKeysInMapping(let duplicates, let context):
            return FileProblem(
                file: file, line: context.mark.line, column: context.mark.column,
                message: FileMessages.duplicateKeys(duplicates))
        default:
            return FileProblem(file: file, message: FileMessages.syntax("\(error)"))
        }
    }
}
