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

    static func report(_ w: inout JSONWriter, file: String, analysis: ReportAnalysis) {
        w.open("{")
        w.key("file"); w.string(file)
        w.key("kind")
        w.string(analysis.kind?.rawValue)
        w.key("facts")
        var facts = analysis.facts
        if analysis.kind != .departmentWide { facts.adoptExecutedAsExpenditure() }
        Self.facts(&w, facts)
        w.key("scores")
        w.open("[")
        for item in analysis.facts.scores {
            w.open("{")
            w.key("name"); w.string(item.name)
            w.key("score"); w.string(item.score.description)
            w.key("max"); w.string(item.max?.description)
            w.key("line"); w.raw("\(item.line)")
            w.close("}")
        }
        w.close("]")
        w.key("targets")
        w.open("[")
        for target in analysis.facts.targets {
            w.open("{")
            w.key("name"); w.string(target.name)
            w.key("direction"); w.string(target.direction?.rawValue)
            w.key("value"); w.string(target.value?.description)
            w.key("unit"); w.string(target.unit)
            w.key("score"); w.string(target.score?.description)
            w.key("line"); w.raw("\(target.line)")
            w.close("}")
        }
        w.close("]")
        w.key("rates")
        w.open("[")
        for rate in analysis.facts.rates {
            w.open("{")
            w.key("name"); w.string(rate.name)
            w.key("percent"); w.string(rate.percent.description)
            w.key("numerator"); w.string(rate.numerator?.description)
            w.key("denominator"); w.string(rate.denominator?.description)
            w.key("line"); w.raw("\(rate.line)")
            w.close("}")
        }
        w.close("]")
        w.key("findings")
        w.open("[")
        for finding in analysis.findings {
            w.open("{")
            w.key("rule"); w.string(finding.rule)
            w.key("severity"); w.string(finding.severity.rawValue)
            w.key("line"); w.number(finding.location.line)
            w.key("message"); w.string(finding.message)
            w.close("}")
        }
        w.close("]")
        w.close("}")
    }
}
