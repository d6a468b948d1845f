import Foundation
import Testing

@testable import JixiaoImport

/// Paths of the shared samples and the fixtures, and small helpers.
enum Support {
    /// The folder holding the real sample reports: $JIXIAO_SAMPLES, else found by
    /// walking up from this file to a folder containing shared/samples.
    static var samplesFolder: URL? {
        if let env = ProcessInfo.processInfo.environment["JIXIAO_SAMPLES"] { return URL(fileURLWithPath: env) }
        var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while url.path != "/" {
            let candidate = url.appendingPathComponent("shared/samples")
            if FileManager.default.fileExists(atPath: candidate.path) { return candidate }
            url = url.deletingLastPathComponent()
        }
        return nil
    }

    static var isCI: Bool { ProcessInfo.processInfo.environment["CI"] == "true" }

    /// The text of a sample; nil (and a recorded failure under CI) when samples are missing.
    static func sample(_ name: String) throws -> (url: URL, text: String)? {
        guard let folder = samplesFolder else {
            if isCI { Issue.record("shared/samples 缺失（CI 需要样本）") }
            return nil
        }
        let url = folder.appendingPathComponent(name)
        return (url, try String(contentsOf: url, encoding: .utf8))
    }

    static func fixture(_ name: String) throws -> String {
        guard let url = Bundle.module.url(forResource: "Fixtures/" + name, withExtension: nil) else {
            throw CocoaError(.fileNoSuchFile)
        }
        return try String(contentsOf: url, encoding: .utf8)
    }

    /// Rules of the findings of a text, in order.
    static func rules(_ text: String) -> [String] { ReportAnalysis(text: text).findings.map(\.rule) }
}

extension String {
    /// The text with `old` replaced once; records a failure when `old` is absent.
    func replacing(once old: String, with new: String, sourceLocation: SourceLocation = #_sourceLocation) -> String {
        guard let range = range(of: old) else {
            Issue.record("fixture lacks 「\(old)」", sourceLocation: sourceLocation)
            return self
        }
        return replacingCharacters(in: range, with: new)
    }
}
