import Foundation

/// Headless LibreOffice and poppler, as the tests use them.
enum LibreOffice {
    /// True when `soffice` is on PATH.
    static let available: Bool = (try? run(["sh", "-c", "command -v soffice"])) == 0

    /// CI must run these tests; elsewhere they run when LibreOffice is installed.
    static let enabled = available || ProcessInfo.processInfo.environment["CI"] == "true"

    /// Converts `files` with one LibreOffice run (each run takes seconds) into `folder`.
    static func convert(_ files: [URL], to filter: String, in folder: URL) throws {
        let profile = "file:///tmp/jixiao-lo-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: String(profile.dropFirst("file://".count))) }
        let status = try run(
            [
                "soffice", "--headless", "-env:UserInstallation=\(profile)", "--convert-to", filter,
                "--outdir", folder.path,
            ] + files.map(\.path))
        guard status == 0 else { throw TestFailure("soffice exited with \(status)") }
    }

    /// The number of pages of a PDF (pdfinfo).
    static func pages(_ pdf: URL) throws -> Int {
        let info = try output(["pdfinfo", pdf.path])
        guard let line = info.split(separator: "\n").first(where: { $0.hasPrefix("Pages:") }),
            let pages = Int(line.dropFirst("Pages:".count).trimmingCharacters(in: .whitespaces))
        else { throw TestFailure("no page count for \(pdf.lastPathComponent)") }
        return pages
    }

    /// The orientation of each page of a PDF: true for landscape (pdfinfo).
    static func landscapePages(_ pdf: URL) throws -> [Bool] {
        let info = try output(["pdfinfo", "-f", "1", "-l", "\(try pages(pdf))", pdf.path])
        return info.split(separator: "\n").filter { $0.hasPrefix("Page ") && $0.contains(" size:") }.map { line in
            let numbers = line.split(separator: " ").compactMap { Double($0) }
            return numbers.count >= 3 && numbers[1] > numbers[2]
        }
    }

    /// The text of a PDF, or of pages `first...last` (pdftotext).
    static func text(_ pdf: URL, pages: ClosedRange<Int>? = nil) throws -> String {
        var arguments = ["pdftotext", "-enc", "UTF-8"]
        if let pages { arguments += ["-f", "\(pages.lowerBound)", "-l", "\(pages.upperBound)"] }
        return try output(arguments + [pdf.path, "-"])
    }

    /// What a command prints on stdout.
    static func output(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw TestFailure("\(arguments[0]) exited with \(process.terminationStatus)") }
        return String(decoding: data, as: UTF8.self)
    }
}
