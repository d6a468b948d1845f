import Foundation

/// Text of a PDF through pdftotext (poppler-utils), when it is installed: the words with their
/// positions (`-bbox`), laid out again by `PdfPageLayout` so that a table's cells stay apart
/// (one row a line, cells joined by tabs, as a .docx table is read).
public enum PdfText {
    /// The path of pdftotext on PATH, or nil.
    public static var toolPath: String? {
        let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return paths.map { "\($0)/pdftotext" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    static func extract(path: String) throws -> Data {
        guard let tool = toolPath else { throw ImportError.pdfToolMissing(path: path) }
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw ImportError.unreadable(path: path, reason: "文件不存在或无权限")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = ["-bbox", "-enc", "UTF-8", "-q", path, "-"]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { throw ImportError.pdfFailed(path: path, detail: "无法启动 pdftotext") }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw ImportError.pdfFailed(path: path, detail: "退出码 \(process.terminationStatus)") }
        return Data(text(bbox: String(decoding: data, as: UTF8.self)).utf8)
    }

    /// The text of pdftotext's `-bbox` output: each page's lines and table rows, pages in order.
    static func text(bbox: String) -> String {
        PdfBBox.pages(bbox).map { PdfPageLayout(words: $0).lines().joined(separator: "\n") }.joined(separator: "\n")
    }
}
