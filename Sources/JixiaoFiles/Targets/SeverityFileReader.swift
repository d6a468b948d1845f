import Foundation
import JixiaoCore
import Yams

/// Reads a province's severities of the declaration rules: a YAML (or JSON) mapping of rule id to
/// `error`, `warning` or `info` (also 错误, 警告, 提示), e.g. `targets.duplicate: error`.
/// Every unknown rule or severity is listed with its line; a file with any is not used.
public enum SeverityFileReader {
    /// The most entries a file may hold (there are twelve rules).
    static let maxEntries = 50

    /// Reads the severities at `url`; `file` is the name used in messages.
    public static func read(url: URL, file: String? = nil) throws(FileError) -> [String: Severity] {
        let name = file ?? url.path
        return try read(text: TextDecoding.readDocument(url, file: name), file: name)
    }

    /// Reads severities from `text`.
    public static func read(text: String, file: String) throws(FileError) -> [String: Severity] {
        let source = try YAMLSource(text: text, file: file)
        guard case .mapping(let mapping) = source.root else {
            throw FileError(.invalid, [FileProblem(file: file, line: source.root.mark?.line, message: SeverityMessages.notMapping)])
        }
        guard mapping.count <= maxEntries else {
            throw FileError(
                .invalid, [FileProblem(file: file, line: source.root.mark?.line, message: SeverityMessages.tooMany(maxEntries))])
        }
        var severities: [String: Severity] = [:]
        var problems: [FileProblem] = []
        for (key, value) in mapping {
            let rule = (key.string ?? "").trimmedSpaces
            guard DeclarationRules.ruleIDs.contains(rule) else {
                problems.append(
                    FileProblem(
                        file: file, line: key.mark?.line, column: key.mark?.column,
                        message: SeverityMessages.unknownRule(rule)))
                continue
            }
            let text = (value.string ?? "").trimmedSpaces
            guard let severity = Severity(rawValue: text.lowercased()) ?? Severity.allCases.first(where: { $0.label == text }) else {
                problems.append(
                    FileProblem(
                        file: file, line: value.mark?.line, column: value.mark?.column, path: rule,
                        message: SeverityMessages.unknownSeverity(text)))
                continue
            }
            severities[rule] = severity
        }
        if !problems.isEmpty { throw FileError(.invalid, problems) }
        return severities
    }
}

/// The Chinese messages of the severities file.
enum SeverityMessages {
    static let notMapping = "级别文件应为「规则: 级别」的映射，如 targets.duplicate: error"
    static func tooMany(_ count: Int) -> String { "级别文件的条目过多（至多 \(count) 条）" }
    static func unknownRule(_ rule: String) -> String {
        "未知的规则「\(rule)」，可选：\(DeclarationRules.ruleIDs.joined(separator: "、"))"
    }
    static func unknownSeverity(_ text: String) -> String {
        "级别「\(text)」无效，可选值：error、warning、info（或 错误、警告、提示）"
    }
}
