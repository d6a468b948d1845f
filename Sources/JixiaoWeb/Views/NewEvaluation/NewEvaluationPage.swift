import JixiaoCore
import Plot

/// Create an evaluation from a framework.
enum NewEvaluationPage {
    struct Model {
        var user: UserAccount
        var csrf: String
        var frameworks: [FrameworkChoice]
        var units: [JixiaoCore.Unit]
        var year: String
        /// The framework preselected: the year's default for the kind asked for.
        var selected: String
        /// The years open for filing, with their defaults.
        var years: [FiscalYear]
        var error: String? = nil
        /// The evaluation the refused one would have duplicated (linked under the message).
        var existingID: String? = nil

        /// The title of framework `id` (未设默认 when there is none).
        func title(_ id: String?) -> String {
            guard let id else { return "未设默认" }
            return frameworks.first { $0.id == id }?.title ?? id
        }
    }

    static func render(_ m: Model) -> HTML {
        Layout.page(
            .init(title: "新建评价", user: m.user, csrf: m.csrf, error: m.error),
            .h1("新建绩效自评"),
            .unwrap(m.existingID) { id in
                .p(
                    .id("duplicate"),
                    .a(
                        .attr("href", SiteURL.evaluation(id).path), .id("existing-evaluation"),
                        .text(WebText.openExisting)))
            },
            .p(.id("open-years"), .text("填报中的年度（选择后预先选中该年度的默认指标体系）：")),
            .ul(
                .forEach(m.years) { year in
                    .li(
                        .text("\(year.year) 年度："),
                        .forEach(EvaluationKind.allCases) { kind in
                            .group(
                                .a(
                                    .attr("href", SiteURL.newEvaluation.withQuery(["year": String(year.year), "kind": kind.rawValue])),
                                    .text("\(kind.shortLabel)：\(m.title(year.defaults[kind]))")), .text("　"))
                        })
                }),
            .postForm(
                action: SiteURL.evaluations.path, csrf: m.csrf, id: "new-form", class: "narrow",
                [
                    .selectField(
                        "指标体系", name: "framework", options: m.frameworks.map { ($0.id, "\($0.title)（\($0.kind.label)）") },
                        selected: m.selected),
                    .selectField(
                        "单位", name: "unit", options: m.units.map { ($0.code ?? $0.name, $0.name) },
                        selected: m.user.unitCode),
                    .textField("年度", name: "year", value: m.year),
                    .textField("项目名称（项目支出评价填写）", name: "project", value: ""),
                    .button(.type(.submit), .id("create"), .text("创建")),
                ])
        )
    }
}
