import Foundation

/// Reads a report file into lines by its extension: .txt/.md as UTF-8 text, .docx
/// through `DocxReader`, .pdf through pdftotext (poppler-utils).
public enum ReportReader {
    /// Extensions `jixiao check` reads when given a folder.
    public static let extensions: Set<String> = ["txt", "md", "markdown", "docx", "pdf"]

    /// The lines of the report at `path`.
    public static func lines(path: String) throws -> [[Unicode.Scalar]] {
        let ext = (path as NSString).pathExtension.lowercased()
        guard extensions.contains(ext) else { throw ImportError.unsupportedFormat(path: path, ext: ext) }
        if ext == "pdf" { return try textLines(PdfText.extract(path: path), path: path) }
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: path)) }
        catch { throw ImportError.unreadable(path: path, reason: "文件不存在或无权限") }
        return try lines(data: data, ext: ext, path: path)
    }

    /// The lines of a report given as bytes, read as `ext`.
    public static func lines(data: Data, ext: String, path: String) throws -> [[Unicode.Scalar]] {
        if ext == "docx" { return try DocxReader.lines(data: data, path: path) }
        return try textLines(data, path: path)
    }

    /// Analyses the report at `path`.
    public static func analyse(path: String) throws -> ReportAnalysis {
        ReportAnalysis(lines: try lines(path: path))
    }

    static func textLines(_ data: Data, path: String) throws -> [[Unicode.Scalar]] {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        guard let text = String(validating: bytes, as: UTF8.self) else { throw ImportError.notUTF8(path: path) }
        return splitLines(text)
    }

    /// Lines of `text` split at LF (CR before it dropped by normalisation).
    public static func splitLines(_ text: String) -> [[Unicode.Scalar]] {
        var lines: [[Unicode.Scalar]] = []
        var current: [Unicode.Scalar] = []
        for scalar in text.unicodeScalars {
            if scalar == "\n" { lines.append(current); current.removeAll(keepingCapacity: true) }
            else { current.append(scalar) }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }
}

/// Text of a PDF through pdftotext, when it is installed.
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
        process.arguments = ["-enc", "UTF-8", "-q", path, "-"]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { throw ImportError.pdfFailed(path: path, detail: "无法启动 pdftotext") }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw ImportError.pdfFailed(path: path, detail: "退出码 \(process.terminationStatus)") }
        return data
    }
}
