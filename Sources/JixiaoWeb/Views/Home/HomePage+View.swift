import Foundation
import JixiaoCore
import Plot

/// Renders `HomePageModel`.
enum HomePage {
    static func render(_ m: HomePageModel) -> SplicedPage {
        SplicedPage(html: page(m), parts: [countsTable(m), rowsTable(m)])
    }

    private static func page(_ m: HomePageModel) -> HTML {
        Layout.page(
            .init(title: "评价列表", user: m.user, csrf: m.csrf, flash: m.flash),
            .h1(.text(m.user.role.seesAllUnits ? "全部单位的绩效自评" : "本单位的绩效自评")),
            .if(
                m.canCreate,
                .p(
                    .class("actions"),
                    .a(.class("button"), .id("new-evaluation"), .attr("href", SiteURL.newEvaluation.path), .text("新建评价")),
                    .a(.class("button secondary"), .id("upload-report"), .attr("href", SiteURL.upload.path), .text("上传报告生成草稿"))
                )),
            .unwrap(m.todo) { TodoSummary.node($0, csrf: m.csrf) },
            SplicedPage.marker(0),
            SplicedPage.marker(1),
            pager(m)
        )
    }

    // The two tables are written as text directly: they are most of the page, which is
    // the most requested one, and Plot's generic nodes and escaping cost several times more.
    // The list's rows are appended as bytes (`TextBuffer`), without a temporary string per piece.

    private static func countsTable(_ m: HomePageModel) -> [UInt8] {
        var counts: [Int: [EvaluationStatus: Int]] = [:]
        for c in m.counts { counts[c.fiscalYear, default: [:]][c.status] = c.count }
        var out = TextBuffer(capacity: 256 + counts.count * 1_200)
        out.append("<table class=\"counts\"><thead><tr><th>年度</th>")
        for status in EvaluationStatus.allCases {
            out.append("<th>")
            out.append(status.label)
            out.append("</th>")
        }
        out.append("</tr></thead><tbody>")
        // The links `m.link(year:status:)` gives, escaped: a year is digits and a status's value a
        // plain ASCII word, so only the `&` between them changes (`HomePageLinkTests`).
        let path = SiteURL.evaluations.path
        for year in counts.keys.sorted(by: >) {
            out.append("<tr><td><a href=\"")
            out.append(path)
            out.append("?year=")
            out.append(year)
            out.append("\">")
            out.append(year)
            out.append("年</a></td>")
            for status in EvaluationStatus.allCases {
                let count = counts[year]?[status] ?? 0
                out.append("<td class=\"num\"><a href=\"")
                out.append(path)
                out.append("?year=")
                out.append(year)
                out.append("&amp;status=")
                out.append(status.rawValue)
                out.append("\" aria-label=\"")
                out.append(year)
                out.append("年")
                out.append(status.label)
                out.append(" ")
                out.append(count)
                out.append(" 份\">")
                out.append(count)
                out.append("</a></td>")
            }
            out.append("</tr>")
        }
        out.append("</tbody></table>")
        return out.bytes
    }

    private static func rowsTable(_ m: HomePageModel) -> [UInt8] {
        var out = TextBuffer(capacity: 256 + m.rows.count * 480)
        out.append("<table class=\"list\" id=\"evaluation-list\"><thead><tr><th>单位</th><th>年度</th><th>类型</th>")
        out.append("<th>状态</th><th>得分</th><th>等级</th><th>问题</th><th>更新</th></tr></thead><tbody>")
        for row in m.rows {
            out.append("<tr><td><a href=\"")
            out.appendHTML(SiteURL.evaluation(row.id).path)
            // The link's accessible name says where it goes (every row shows a unit name).
            out.append("\" aria-label=\"")
            out.appendHTML(row.unitName)
            out.append(" ")
            out.append(row.fiscalYear)
            out.append("年")
            out.appendHTML(row.title)
            out.append(" — 打开\">")
            out.appendHTML(row.unitName)
            out.append("</a></td><td>")
            out.append(row.fiscalYear)
            out.append("</td><td>")
            out.appendHTML(row.title)
            out.append("</td><td>")
            out.append(row.status.label)
            if m.todo?.deadlines.isOverdue(year: row.fiscalYear, row.status) == true {
                out.append(" <span class=\"overdue-mark\">逾期</span>")
            }
            out.append("</td><td class=\"num\">")
            out.append(NumberFormat.text(row.metrics.total, .score))
            out.append("</td><td>")
            out.append(row.metrics.grade?.rawValue ?? "—")
            out.append("</td><td>错误 ")
            out.append(row.metrics.errorCount)
            out.append(" · 警告 ")
            out.append(row.metrics.warningCount)
            out.append("</td><td>")
            out.append(DateText.short(row.updatedAt))
            out.append("</td></tr>")
        }
        out.append("</tbody></table>")
        return out.bytes
    }

    private static func pager(_ m: HomePageModel) -> Node<HTML.BodyContext> {
        let page = m.page.page
        return .p(
            .class("pager"), .id("pager"),
            .if(page > 1, .a(.rel(.prev), .attr("href", m.link(year: m.year, status: m.status, page: page - 1)), .text("上一页"))),
            .span(.text(" 第 \(page) / \(m.pageCount) 页，共 \(m.total) 条 ")),
            .if(
                page < m.pageCount,
                .a(.rel(.next), .attr("href", m.link(year: m.year, status: m.status, page: page + 1, after: m.nextAfter)), .text("下一页")))
        )
    }
}
