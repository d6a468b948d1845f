import Foundation
import Testing

/// Paths of the repository, found from this file.
enum TestPaths {
    /// The package root (the folder holding Package.swift).
    static let root: URL = {
        var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while url.path != "/" {
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
            url = url.deletingLastPathComponent()
        }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    }()

    static func example(_ name: String) -> URL { root.appendingPathComponent("examples").appendingPathComponent(name) }

    /// A fresh temporary folder for one test.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("jixiao-files-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

/// The shared sample reports: `JIXIAO_SAMPLES`, else a `shared/samples` folder above this file.
enum Samples {
    static let folder: URL? = {
        if let path = ProcessInfo.processInfo.environment["JIXIAO_SAMPLES"] { return URL(fileURLWithPath: path) }
        var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while url.path != "/" {
            let candidate = url.appendingPathComponent("shared/samples")
            if FileManager.default.fileExists(atPath: candidate.path) { return candidate }
            url = url.deletingLastPathComponent()
        }
        return nil
    }()

    /// The text of sample `name`; nil (and a failure when CI=true) when the samples are missing.
    static func text(_ name: String) -> String? {
        guard let folder, let text = try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8) else {
            if ProcessInfo.processInfo.environment["CI"] == "true" {
                Issue.record("shared/samples/\(name) is missing (set JIXIAO_SAMPLES)")
            }
            return nil
        }
        return text
    }
}
