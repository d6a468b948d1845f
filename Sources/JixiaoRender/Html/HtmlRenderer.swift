import Plot

/// Renders a report as HTML: a whole print-ready page, or the `<article>` alone
/// for the web app's layout (with `HtmlStyle.css`).
public enum HtmlRenderer {
    /// A complete HTML page.
    public static func render(_ report: ReportDocument) -> String {
        HTML(
            .lang(.simplifiedChinese),
            .head(
                .meta(.charset(.utf8)), .element(named: "title", nodes: [.raw(HtmlText.escape(report.title))]),
                .style(HtmlStyle.css)),
            .body(article(report))
        ).render()
    }

    /// The report as an `<article class="jx-report">`.
    public static func article(_ report: ReportDocument) -> Node<HTML.BodyContext> {
        .element(
            named: "article",
            nodes: [
                .class("jx-report"),
                .h1(.raw(HtmlText.escape(report.title))),
                .dl(.class("jx-meta"), .group(report.meta.map(field))),
                .group(report.blocks.map(block)),
                .footer(
                    .class("jx-signature"), .p(.raw(HtmlText.escape(report.signature.unitName))),
                    .p(.raw(HtmlText.escape(report.signature.date ?? "")))),
            ])
    }

    private static func field(_ field: ReportField) -> Node<HTML.DescriptionListContext> {
        .element(
            named: "div",
            nodes: [
                .element(named: "dt", nodes: [.raw(HtmlText.escape(field.label))]),
                .element(
                    named: "dd",
                    nodes: [
                        field.value.map { .raw(HtmlText.escape($0)) }
                            ?? .element(named: "span", nodes: [.class("jx-missing"), .text("【未填写】")])
                    ]),
            ])
    }

    private static func block(_ block: ReportBlock) -> Node<HTML.BodyContext> {
        switch block {
        case .heading(let level, let text): return level == 1 ? .h2(.raw(HtmlText.escape(text))) : .h3(.raw(HtmlText.escape(text)))
        case .paragraph(let text): return .p(.raw(HtmlText.escape(text)))
        case .gap(let text): return .p(.class("jx-gap"), .raw(HtmlText.escape(text)))
        case .table(let table): return HtmlTable.node(table)
        }
    }
}
