import JixiaoCore
import Plot

/// The live panel beside the editor: total and grade, each scored indicator with its
/// explanation, the computed values, and the findings. Also served alone to the page's script.
enum AnalysisPanel {
    static func render(_ a: EvaluationAnalysis) -> Node<HTML.BodyContext> {
        .div(
            .id("analysis-content"),
            findingsBlock(a.findings),
            scoreBlock(a)
        )
    }

    /// The panel as an HTML fragment.
    static func fragment(_ a: EvaluationAnalysis) -> String { render(a).render() }

    private static func scoreBlock(_ a: EvaluationAnalysis) -> Node<HTML.BodyContext> {
        guard let score = a.score else {
            return .div(.class("score pending"), .h3("得分"), .p(.text(a.scoreUnavailable ?? "")))
        }
        // Read once: a result builds its computed values each time they are read.
        let computed = score.computed
        let scored = score.isScored
        return .div(
            .class("score"),
            .h3(.text("得分 " + (scored ? NumberFormat.text(score.total, .score) : "—") + " / "
                      + NumberFormat.points(score.maxTotal))),
            .p(.id("grade"), .text("等级：" + (scored ? score.grade.rawValue : "—"))),
            .if(!computed.isEmpty, .details(
                .summary("计算指标"),
                .ul(.forEach(computed) { value in
                    .li(.text(value.explanation))
                })
            )),
            .details(
                .flag("open"),
                .summary("逐项得分"),
                .ul(.forEach(score.nodes.flatMap(\.leaves)) { node in
                    .li(.class("scored"),
                        .strong(.text(node.name + " " + NumberFormat.text(node.score, .score) + "/"
                                      + NumberFormat.text(node.max, .score))),
                        .unwrap(node.selfScore) { .span(.text("（自评 " + NumberFormat.text($0, .score) + "）")) },
                        .br(), .small(.text(node.explanation)))
                })
            )
        )
    }

    private static func findingsBlock(_ findings: [Finding]) -> Node<HTML.BodyContext> {
        .div(
            .class("findings"), .id("findings"),
            .h3(.text(findings.isEmpty ? "未发现问题" : "发现 \(findings.count) 个问题")),
            .ul(.forEach(findings) { finding in
                .li(.attr("class", "finding \(finding.severity.rawValue)"),
                    .attr("data-rule", finding.rule),
                    .span(.class("severity"), .text(finding.severity.label)),
                    .text(" "), .code(.text(finding.rule)), .text(" "),
                    .text(finding.message),
                    .if(finding.blocksSubmission, .span(.class("blocking"), .text("（须处理后才能提交）"))))
            })
        )
    }
}
