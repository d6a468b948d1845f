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
