import JixiaoCore
import Plot

/// The read-only parts of the review page, each a `<section>` with a heading.
enum ReviewSections {
    static func figures(_ e: Evaluation) -> Node<HTML.BodyContext> {
        let known = FigureCatalog.all.filter { e.figures.values[$0.id] != nil }
        let own = e.figures.values.keys.filter { FigureCatalog.id(for: $0) == nil }.sorted()
        return .section(
            .id("figures"), .h2("填报数据"),
            .table(
                .class("list"),
                .thead(.tr(.th("项目"), .th("数值"), .th("单位"))),
                .tbody(
                    .forEach(known) { f in
                        .tr(
                            .td(.text(f.label)), .td(.class("num"), .text(NumberFormat.text(e.figures.values[f.id], f.kind))),
                            .td(.text(f.shownUnit)))
                    },
                    .forEach(own) { key in
                        .tr(.td(.text(key)), .td(.class("num"), .text(NumberFormat.text(e.figures.values[key], .plain))), .td())
                    }
                ))
        )
    }

    static func computed(_ analysis: EvaluationAnalysis) -> Node<HTML.BodyContext> {
        .section(
            .id("computed"), .h2("计算指标"),
            .unwrap(
                analysis.score?.computed,
                { values in
                    .table(
                        .class("list"),
                        .thead(.tr(.th("指标"), .th("计算过程"), .th("数值"))),
                        .tbody(
                            .forEach(values) { v in
                                .tr(
                                    .td(.text(v.name)), .td(.text(v.working)),
                                    .td(.class("num"), .text(v.valueText ?? "—")))
                            }))
                }, else: .p(.class("hint"), .text(analysis.scoreUnavailable ?? "—")))
        )
    }

    static func findings(_ findings: [Finding]) -> Node<HTML.BodyContext> {
        .section(
            .id("findings"), .h2(.text("审核发现的问题（\(findings.count) 项）")),
            .ul(
                .forEach(findings) { f in
                    .li(
                        .attr("class", "finding \(f.severity.rawValue)"),
                        .text("\(f.severity.label) "), .code(.text(f.rule)), .text(" \(f.message)"))
                })
        )
    }

    static func narrative(_ e: Evaluation) -> Node<HTML.BodyContext> {
        .section(
            .id("narrative"), .h2("单位的文字说明"),
            .forEach(e.narrative) { s in
                .div(
                    .class("narrative-section"), .h3(.text(s.title)),
                    .p(.text(s.text.isEmpty ? "（未填写）" : s.text)))
            }
        )
    }

    static func history(_ entries: [HistoryEntry]) -> Node<HTML.BodyContext> {
        .section(
            .id("review-history"), .h2("流程与修改记录"),
            .table(
                .class("list"),
                .thead(.tr(.th("版本"), .th("时间"), .th("操作人"), .th("项目"), .th("原值"), .th("新值"))),
                .tbody(
                    .forEach(entries.reversed()) { entry in
                        .tr(
                            .td(.text(String(entry.version))), .td(.text(DateText.short(entry.at))), .td(.text(entry.by)),
                            .td(.text(entry.change.label)), .td(.text(entry.change.shownOld ?? "")),
                            .td(.text(entry.change.shownNew ?? "")))
                    }))
        )
    }
}
