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
        var facts = analysis.facts
        if analysis.kind != .departmentWide { facts.adoptExecutedAsExpenditure() }
        out.appendJSONObject(.minimal) { report in
            report.string("file", file)
            report.string("kind", analysis.kind?.rawValue)
            report.object("facts") { Self.facts(&$0, facts) }
            report.objects("scores", analysis.facts.scores) { o, item in
                o.string("name", item.name)
                o.string("score", item.score.description)
                o.string("max", item.max?.description)
                o.number("line", item.line)
            }
            report.objects("targets", analysis.facts.targets) { o, target in
                o.string("name", target.name)
                o.string("direction", target.direction?.rawValue)
                o.string("value", target.value?.description)
                o.string("unit", target.unit)
                o.string("score", target.score?.description)
                o.number("line", target.line)
            }
            report.objects("rates", analysis.facts.rates) { o, rate in
                o.string("name", rate.name)
                o.string("percent", rate.percent.description)
                o.string("numerator", rate.numerator?.description)
                o.string("denominator", rate.denominator?.description)
                o.number("line", rate.line)
            }
            report.objects("findings", analysis.findings) { o, finding in
                o.string("rule", finding.rule)
                o.string("severity", finding.severity.rawValue)
                o.number("line", finding.location.line)
                o.string("message", finding.message)
            }
        }
    }
}
