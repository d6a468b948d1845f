import JixiaoCore
import Plot

/// The recorded changes of one evaluation: who, when, field, old → new.
enum HistoryPage {
    struct Model {
        var user: UserAccount
        var csrf: String
        var stored: StoredEvaluation
        var entries: [HistoryEntry]
    }

    static func render(_ m: Model) -> HTML {
        Layout.page(
            .init(title: "修改记录", user: m.user, csrf: m.csrf),
            .h1(.text("修改记录：\(m.stored.evaluation.unit.name) \(m.stored.evaluation.fiscalYear)年")),
            .p(.a(.attr("href", SiteURL.evaluation(m.stored.id).path), .text("返回评价"))),
            .table(
                .class("list"), .id("history"),
                .thead(.tr(.th("版本"), .th("时间"), .th("修改人"), .th("项目"), .th("原值"), .th("新值"))),
                .tbody(
                    .forEach(m.entries.reversed()) { entry in
                        .tr(
                            .td(.text(String(entry.version))), .td(.text(DateText.short(entry.at))), .td(.text(entry.by)),
                            .td(.text(entry.change.label)), .td(.text(entry.change.shownOld ?? "（空）")),
                            .td(.text(entry.change.shownNew ?? "（空）")))
                    })
            )
        )
    }
}
