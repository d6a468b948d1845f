import JixiaoCore

extension CheckOutput {
    public enum Format: Sendable { case text, json }

    /// The output written as each file's result comes, in input order: text lines, or one
    /// JSON document of check-json.md whose reports are written one by one (the summary,
    /// counted on the way, closes it). Nothing is kept but the counts.
    public struct Stream: Sendable {
        public let format: Format
        public private(set) var files = 0, errors = 0, warnings = 0, infos = 0
        private var wroteReport = false

        public init(format: Format) { self.format = format }

        /// What opens the output.
        public func begin() -> String { format == .json ? "{\"reports\":[" : "" }

        /// The output of one more file.
        public mutating func add(_ entry: Entry) -> String { add(Piece(entry, format: format)) }

        /// The output of one more file whose piece was made beforehand (on a worker).
        public mutating func add(_ piece: Piece) -> String {
            files += 1
            errors += piece.errors
            warnings += piece.warnings
            infos += piece.infos
            guard piece.failure == nil, format == .json else { return piece.text }
            defer { wroteReport = true }
            return wroteReport ? "," + piece.text : piece.text
        }

        /// What closes the output.
        public func end() -> String {
            guard format == .json else { return "" }
            var out = TextBuffer(capacity: 96)
            out.append("],\"summary\":")
            out.appendJSONObject(.minimal) { summary in
                summary.number("files", files)
                summary.number("errors", errors)
                summary.number("warnings", warnings)
                summary.number("infos", infos)
            }
            out.append("}\n")
            return out.string
        }
    }

    /// One file's output made apart from the stream, so workers can make it and the writer
    /// only joins: its text lines, or its JSON report (without the comma the stream puts
    /// between reports), its counts, and why it could not be read.
    public struct Piece: Sendable {
        public let text: String
        public let errors: Int, warnings: Int, infos: Int
        public let failure: ImportError?

        public init(_ entry: Entry, format: Format) {
            let analysis: ReportAnalysis
            switch entry.result {
            case .failure(let error):
                (text, errors, warnings, infos, failure) = ("", 0, 0, 0, error)
                return
            case .success(let value):
                analysis = value
                failure = nil
            }
            var counts = (errors: 0, warnings: 0, infos: 0)
            for finding in analysis.findings {
                switch finding.severity {
                case .error: counts.errors += 1
                case .warning: counts.warnings += 1
                case .info: counts.infos += 1
                }
            }
            (errors, warnings, infos) = counts
            guard format == .json else {
                text = CheckOutput.textLines(file: entry.file, analysis: analysis)
                return
            }
            var out = TextBuffer(capacity: 4096)
            CheckOutput.report(&out, file: entry.file, analysis: analysis)
            text = out.string
        }
    }

    /// `file:line: severity[rule]: message`, one finding a line.
    static func textLines(file: String, analysis: ReportAnalysis) -> String {
        var out = ""
        for finding in analysis.findings {
            out += "\(file):\(finding.location.line ?? 1): \(finding.severity.rawValue)[\(finding.rule)]: \(finding.message)\n"
        }
        return out
    }

    /// All of `entries` through a stream: the same text as written file by file.
    static func whole(_ entries: [Entry], _ format: Format) -> String {
        var stream = Stream(format: format)
        var out = stream.begin()
        for entry in entries { out += stream.add(entry) }
        return out + stream.end()
    }
}
