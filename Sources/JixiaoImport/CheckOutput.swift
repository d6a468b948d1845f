import JixiaoCore

/// The output of `jixiao check` (check-json.md): compiler-style text or JSON.
public enum CheckOutput {
    /// One checked file: its analysis, or why it could not be read.
    public struct Entry: Sendable {
        public var file: String
        public var result: Result<ReportAnalysis, ImportError>

        public init(file: String, result: Result<ReportAnalysis, ImportError>) {
            self.file = file
            self.result = result
        }
    }

    /// `file:line: severity[rule]: message`, one finding a line.
    public static func text(_ entries: [Entry]) -> String { whole(entries, .text) }

    /// The JSON document of check-json.md.
    public static func json(_ entries: [Entry]) -> String { whole(entries, .json) }

    /// One report of check-json.md as a JSON object, keys in the spec's order.
    static func report(_ out: inout TextBuffer, file: String, analysis: ReportAnalysis) {
        out.append("{\"file\":")
        out.appendJSON(file, .minimal)
        out.append(",\"kind\":")
        out.appendJSON(analysis.kind?.rawValue, .minimal)
        out.append(",\"facts\":")
        var facts = analysis.facts
        if analysis.kind != .departmentWide { facts.adoptExecutedAsExpenditure() }
        Self.facts(&out, facts)
        out.append(",\"scores\":[")
        for (index, item) in analysis.facts.scores.enumerated() {
            if index > 0 { out.append(byte: UInt8(ascii: ",")) }
            out.append("{\"name\":")
            out.appendJSON(item.name, .minimal)
            out.append(",\"score\":")
            out.appendJSON(item.score.description, .minimal)
            out.append(",\"max\":")
            out.appendJSON(item.max?.description, .minimal)
            out.append(",\"line\":")
            out.append(item.line)
            out.append("}")
        }
        out.append("],\"targets\":[")
        for (index, target) in analysis.facts.targets.enumerated() {
            if index > 0 { out.append(byte: UInt8(ascii: ",")) }
            out.append("{\"name\":")
            out.appendJSON(target.name, .minimal)
            out.append(",\"direction\":")
            out.appendJSON(target.direction?.rawValue, .minimal)
            out.append(",\"value\":")
            out.appendJSON(target.value?.description, .minimal)
            out.append(",\"unit\":")
            out.appendJSON(target.unit, .minimal)
            out.append(",\"score\":")
            out.appendJSON(target.score?.description, .minimal)
            out.append(",\"line\":")
            out.append(target.line)
            out.append("}")
        }
        out.append("],\"rates\":[")
        for (index, rate) in analysis.facts.rates.enumerated() {
            if index > 0 { out.append(byte: UInt8(ascii: ",")) }
            out.append("{\"name\":")
            out.appendJSON(rate.name, .minimal)
            out.append(",\"percent\":")
            out.appendJSON(rate.percent.description, .minimal)
            out.append(",\"numerator\":")
            out.appendJSON(rate.numerator?.description, .minimal)
            out.append(",\"denominator\":")
            out.appendJSON(rate.denominator?.description, .minimal)
            out.append(",\"line\":")
            out.append(rate.line)
            out.append("}")
        }
        out.append("],\"findings\":[")
        for (index, finding) in analysis.findings.enumerated() {
            if index > 0 { out.append(byte: UInt8(ascii: ",")) }
            out.append("{\"rule\":")
            out.appendJSON(finding.rule, .minimal)
            out.append(",\"severity\":")
            out.appendJSON(finding.severity.rawValue, .minimal)
            out.append(",\"line\":")
            if let line = finding.location.line { out.append(line) } else { out.append("null") }
            out.append(",\"message\":")
            out.appendJSON(finding.message, .minimal)
            out.append("}")
        }
        out.append("]}")
    }
}
