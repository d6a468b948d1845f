import Foundation
import JixiaoCore

/// The findings of one declaration file, as `jixiao targets` prints them.
public struct DeclarationReport: Sendable, Encodable {
    public struct Item: Sendable, Encodable {
        public var rule: String
        public var severity: String
        public var message: String
        public var line: Int?
        public var field: String?

        // `line` and `field` are written as null when unknown, so every finding has the same keys.
        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(rule, forKey: .rule)
            try c.encode(severity, forKey: .severity)
            try c.encode(message, forKey: .message)
            try c.encode(line, forKey: .line)
            try c.encode(field, forKey: .field)
        }

        private enum CodingKeys: String, CodingKey { case rule, severity, message, line, field }
    }

    public struct Summary: Sendable, Encodable, Hashable {
        public var errors = 0
        public var warnings = 0
        public var infos = 0

        mutating func count(_ severity: Severity) {
            switch severity {
            case .error: errors += 1
            case .warning: warnings += 1
            case .info: infos += 1
            }
        }
    }

    public var file: String
    /// `department` or `project`.
    public var kind: String
    public var findings: [Item]
    public var summary: Summary

    /// Checks the declaration at `file` against the rules and the library.
    public static func check(file: String, checker: DeclarationChecker) throws(FileError) -> (DeclarationReport, [FileProblem]) {
        let loaded = try DeclarationReader.read(url: URL(fileURLWithPath: file), file: file)
        let findings = loaded.located(checker.check(loaded.declaration))
        return (DeclarationReport(file: file, kind: loaded.declaration.scope.rawValue, findings: findings), loaded.warnings)
    }

    public init(file: String, kind: String, findings: [Finding]) {
        self.file = file
        self.kind = kind
        self.findings = findings.map {
            Item(rule: $0.rule, severity: $0.severity.rawValue, message: $0.message, line: $0.location.line, field: $0.location.field)
        }
        var summary = Summary()
        findings.forEach { summary.count($0.severity) }
        self.summary = summary
    }

    public var hasErrors: Bool { summary.errors > 0 }

    /// `file:line: severity[rule]: message`, one finding a line (check-json.md's text form).
    public var text: String {
        findings.map { "\(file):\($0.line ?? 1): \($0.severity)[\($0.rule)]: \($0.message)\n" }.joined()
    }

    /// `{"reports": […], "summary": {files, errors, warnings, infos}}`.
    public static func json(_ reports: [DeclarationReport]) throws -> String {
        struct Total: Encodable {
            var files: Int
            var errors: Int
            var warnings: Int
            var infos: Int
        }
        struct Document: Encodable {
            var reports: [DeclarationReport]
            var summary: Total
        }
        let total = Total(
            files: reports.count, errors: reports.map(\.summary.errors).reduce(0, +),
            warnings: reports.map(\.summary.warnings).reduce(0, +), infos: reports.map(\.summary.infos).reduce(0, +))
        return try DocumentEncoding.json(Document(reports: reports, summary: total))
    }
}
