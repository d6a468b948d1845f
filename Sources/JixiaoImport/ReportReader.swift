import Foundation
import JixiaoCore

/// Reads a report file into lines by its extension: .txt/.md as UTF-8 text, .docx
/// through `DocxReader`, .pdf through pdftotext (poppler-utils).
public enum ReportReader {
    /// Extensions `jixiao check` reads when given a folder.
    public static let extensions: Set<String> = ["txt", "md", "markdown", "docx", "pdf"]

    /// The lines of the report at `path`.
    public static func lines(path: String) throws -> [[Unicode.Scalar]] {
        let (data, ext) = try read(path: path)
        return try lines(data: data, ext: ext, path: path)
    }

    /// The lines of a report given as bytes, read as `ext`.
    public static func lines(data: Data, ext: String, path: String) throws -> [[Unicode.Scalar]] {
        if ext == "docx" { return try DocxReader.lines(data: data, path: path) }
        return try textLines(data, path: path).lines
    }

    /// Analyses the report at `path`; a 绩效目标申报表 is checked by `declarations`.
    public static func analyse(path: String, declarations: DeclarationChecker = DeclarationChecker()) throws -> ReportAnalysis {
        let (data, ext) = try read(path: path)
        return try analyse(data: data, ext: ext, path: path, declarations: declarations)
    }

    /// Analyses a report given as bytes, read as `ext`: what `analyse(path:)` does
    /// once the file is read.
    public static func analyse(
        data: Data, ext: String, path: String,
        declarations: DeclarationChecker = DeclarationChecker()
    ) throws -> ReportAnalysis {
        if ext == "docx" {
            let lines = try DocxReader.lines(data: data, path: path)
            return ReportAnalysis(lines: lines).adopting(DeclarationDocumentReader.read(lines: lines), checker: declarations)
        }
        let (lines, marks) = try textLines(data, path: path)
        return ReportAnalysis(document: Normaliser.normalise(lines: lines, marks: marks))
            .adopting(DeclarationDocumentReader.read(lines: lines), checker: declarations)
    }

    /// The bytes of the report at `path` and the extension to read them as (PDF
    /// comes as the text pdftotext extracts).
    static func read(path: String) throws -> (data: Data, ext: String) {
        let ext = (path as NSString).pathExtension.lowercased()
        guard extensions.contains(ext) else { throw ImportError.unsupportedFormat(path: path, ext: ext) }
        if ext == "pdf" { return (try PdfText.extract(path: path), "txt") }
        do { return (try Data(contentsOf: URL(fileURLWithPath: path)), ext) } catch {
            throw ImportError.unreadable(path: path, reason: "文件不存在或无权限")
        }
    }

    static func textLines(_ data: Data, path: String) throws -> (lines: [[Unicode.Scalar]], marks: [LineNormaliser.Marks]) {
        try data.withUnsafeBytes { raw in
            var bytes = raw.bindMemory(to: UInt8.self)[...]
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
            guard let decoded = UTF8Lines.decode(bytes) else { throw ImportError.notUTF8(path: path) }
            return decoded
        }
    }

    /// Lines of `text` split at LF (CR before it dropped by normalisation).
    public static func splitLines(_ text: String) -> [[Unicode.Scalar]] {
        var lines: [[Unicode.Scalar]] = []
        var current: [Unicode.Scalar] = []
        for scalar in text.unicodeScalars {
            if scalar == "\n" { lines.append(current); current.removeAll(keepingCapacity: true) } else { current.append(scalar) }
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
