import Foundation
import JixiaoCore
import Plot

/// Renders `HomePageModel`.
enum HomePage {
    static func render(_ m: HomePageModel) -> HTML {
        Layout.page(
            .init(title: "评价列表", user: m.user, csrf: m.csrf, flash: m.flash),
            .h1(.text(m.user.role.seesAllUnits ? "全部单位的绩效自评" : "本单位的绩效自评")),
            .if(m.canCreate, .p(
                .class("actions"),
                .a(.class("button"), .id("new-evaluation"), .href(SiteURL.newEvaluation.path), .text("新建评价")),
                .a(.class("button secondary"), .id("upload-report"), .href(SiteURL.upload.path), .text("上传报告生成草稿"))
            )),
            countsTable(m),
            rowsTable(m),
            pager(m)
        )
    }

    private static func countsTable(_ m: HomePageModel) -> Node<HTML.BodyContext> {
        .table(
            .class("counts"),
            .thead(.tr(.th("年度"), .forEach(EvaluationStatus.allCases) { .th(.text($0.label)) })),
            .tbody(.forEach(m.years) { year in
                .tr(
                    .td(.a(.href(m.link(year: year, status: nil)), .text("\(year)年"))),
                    .forEach(EvaluationStatus.allCases) { status in
                        .td(.a(.href(m.link(year: year, status: status)), .text(String(m.count(year: year, status: status)))))
                    }
                )
            })
        )
    }

    private static func rowsTable(_ m: HomePageModel) -> Node<HTML.BodyContext> {
        .table(
            .class("list"), .id("evaluation-list"),
            .thead(.tr(.th("单位"), .th("年度"), .th("类型"), .th("状态"), .th("得分"), .th("等级"), .th("问题"), .th("更新"))),
            .tbody(.forEach(m.rows) { row in
                .tr(
                    .td(.a(.href(SiteURL.evaluation(row.id).path), .text(row.unitName))),
                    .td(.text(String(row.fiscalYear))),
                    .td(.text(row.title)),
                    .td(.text(row.status.label)),
                    .td(.text(row.metrics.total?.formatted(places: 2) ?? "—")),
                    .td(.text(row.metrics.grade?.rawValue ?? "—")),
                    .td(.text("错误 \(row.metrics.errorCount) · 警告 \(row.metrics.warningCount)")),
                    .td(.text(DateText.short(row.updatedAt)))
                )
            })
        )
    }

    private static func pager(_ m: HomePageModel) -> Node<HTML.BodyContext> {
        .p(
            .class("pager"),
            .if(m.page > 1, .a(.href(m.link(year: m.year, status: m.status, page: m.page - 1)), .text("上一页"))),
            .span(.text(" 第 \(m.page) 页 ")),
            .if(m.hasNextPage, .a(.href(m.link(year: m.year, status: m.status, page: m.page + 1)), .text("下一页")))
        )
    }
}

/// Dates as the interface shows them (UTC+8, 2024-03-25 14:05).
enum DateText {
    static func short(_ date: Date) -> String {
        let seconds = Int(date.timeIntervalSince1970) + 8 * 3600
        let day = seconds / 86400, rest = seconds % 86400
        let (y, m, d) = civil(fromDays: day)
        return String(format: "%04d-%02d-%02d %02d:%02d", y, m, d, rest / 3600, rest % 3600 / 60)
    }

    /// Days since 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's algorithm).
    private static func civil(fromDays z0: Int) -> (Int, Int, Int) {
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }
}
