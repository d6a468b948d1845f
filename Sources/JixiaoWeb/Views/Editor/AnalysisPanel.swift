import JixiaoCore
import Plot

/// The live panel beside the editor, a summary to read top down: total and grade, then the
/// findings (what blocks submission first, each a link to its input), then the computed
/// values and the scores item by item. Also served alone to the page's script.
enum AnalysisPanel {
    static func render(_ a: EvaluationAnalysis) -> Node<HTML.BodyContext> {
        .div(
            .id("analysis-content"),
            scoreHead(a),
            findingsBlock(a.findings),
            scoreDetails(a)
        )
    }

    /// The panel as an HTML fragment.
    static func fragment(_ a: EvaluationAnalysis) -> String { render(a).render() }

    private static func scoreHead(_ a: EvaluationAnalysis) -> Node<HTML.BodyContext> {
        guard let score = a.score else {
            return .div(.class("score pending"), .h3("得分"), .p(.text(a.scoreUnavailable ?? "")))
        }
        let scored = score.isScored
        return .div(
            .class("score"),
            .h3(
                .id("total"),
                .text(
                    "得分 " + (scored ? NumberFormat.text(score.total, .score) : "—") + " / "
                        + NumberFormat.points(score.maxTotal))),
            .p(.id("grade"), .text("等级：" + (scored ? score.grade.rawValue : "—")))
        )
    }

    private static func scoreDetails(_ a: EvaluationAnalysis) -> Node<HTML.BodyContext> {
        .unwrap(a.score) { score in
            let computed = score.computed
            return .div(
                .class("score-details"),
                .if(
                    !computed.isEmpty,
                    .details(
                        .summary("计算指标"),
                        .ul(.forEach(computed) { value in .li(.text(value.explanation)) })
                    )),
                .details(
                    .summary("逐项得分"),
                    .ul(
                        .forEach(score.nodes.flatMap(\.leaves)) { node in
                            .li(
                                .class("scored"),
                                .strong(
                                    .text(
                                        node.name + " " + NumberFormat.text(node.score, .score) + "/"
                                            + NumberFormat.text(node.max, .score))),
                                .unwrap(node.selfScore) { .span(.text("（自评 " + NumberFormat.text($0, .score) + "）")) },
                                .br(), .small(.text(node.explanation)))
                        })
                )
            )
        }
    }

    private static func findingsBlock(_ findings: [Finding]) -> Node<HTML.BodyContext> {
        let groups = FindingGroups(findings)
        return .div(
            .class("findings"), .id("findings"),
            .h3(.text(groups.headline)),
            .forEach(groups.sections) { section in
                .div(
                    .attr("class", "finding-group " + section.kind.rawValue),
                    .h4(.text("\(section.kind.title)（\(section.findings.count)）")),
                    .p(.class("finding-group-note"), .text(section.kind.note)),
                    .ul(.forEach(section.findings) { item($0, kind: section.kind) }))
            }
        )
    }

    /// One finding: its word, the message as a link to the input (when it has one) and the
    /// rule id, written out whole.
    static func item(_ finding: Finding, kind: FindingGroups.Kind) -> Node<HTML.ListContext> {
        let field = finding.location.field
        return .li(
            .attr("class", "finding \(finding.severity.rawValue)"),
            .attr("data-rule", finding.rule),
            .unwrap(field) { .attr("data-field", $0) },
            .attr("data-word", kind.word(finding)),
            .span(.class("severity"), .text(kind.word(finding))), .text(" "),
            field.map { .a(.class("finding-link"), .attr("href", "#" + $0), .text(finding.message)) }
                ?? .span(.text(finding.message)),
            .text(" "), .code(.class("rule"), .text(finding.rule)))
    }
}
