import JixiaoCore
import Plot

/// 从上年复制: a button per last year's evaluation that can start this year's.
enum CopySection {
    static func node(_ rows: [EvaluationSummary], csrf: String) -> Node<HTML.BodyContext> {
        .if(
            !rows.isEmpty,
            .section(
                .id("copy-last-year"), .class("todo-group"),
                .h2("从上年复制"),
                .p(.class("hint"), .text("以上年的文字说明、绩效目标（名称、方向、单位、指标值）和指标体系新建本年度草稿；数据、得分和实际完成值留空。")),
                .forEach(rows) { row in
                    .postForm(
                        action: SiteURL.copyEvaluation.path, csrf: csrf, class: "inline copy-form",
                        [
                            .hidden(name: "unit", value: row.unitCode),
                            .hidden(name: "year", value: String(row.fiscalYear + 1)),
                            .hidden(name: "kind", value: row.kind.rawValue),
                            .hidden(name: "project", value: row.kind == .project ? row.title : ""),
                            .button(
                                .type(.submit), .class("button secondary"), .attr("id", "copy-\(row.id)"),
                                .text("从上年复制：\(row.fiscalYear + 1)年度 \(row.title)（复制 \(row.fiscalYear) 年度）")),
                        ])
                }
            ))
    }
}
