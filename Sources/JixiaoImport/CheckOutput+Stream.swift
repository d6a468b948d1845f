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
        public mutating func add(_ entry: Entry) -> String {
            files += 1
            guard case .success(let analysis) = entry.result else { return "" }
            for finding in analysis.findings {
                switch finding.severity {
                case .error: errors += 1
                case .warning: warnings += 1
                case .info: infos += 1
                }
            }
            guard format == .json else { return CheckOutput.textLines(file: entry.file, analysis: analysis) }
            var out = TextBuffer(capacity: 4096)
            if wroteReport { out.append(byte: UInt8(ascii: ",")) }
            CheckOutput.report(&out, file: entry.file, analysis: analysis)
            wroteReport = true
            return out.string
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
