import Foundation
import JixiaoCore
import Plot

/// 绩效目标申报: the declarations the user may read, and a form to start one (department or project).
enum DeclarationListPage {
    struct Model {
        var user: UserAccount
        var csrf: String
        var rows: [StoredDeclaration]
        var error: String?
        /// The year the creation form starts with (an open one).
        var year: Int = Calendar.current.component(.year, from: Date())
    }

    /// The status shown: while an adjustment is under way the accepted version stays in force.
    static func statusText(_ state: DeclarationState) -> String {
        state.isAdjusting ? "\(EvaluationStatus.accepted.label)（调整中：\(state.status.label)）" : state.status.label
    }

    static func render(_ m: Model) -> HTML {
        Layout.page(
            .init(title: "绩效目标申报", user: m.user, csrf: m.csrf, flash: nil),
            .h1("绩效目标申报"),
            .unwrap(m.error) { .p(.class("error"), .id("declaration-error"), .attr("role", "alert"), .text($0)) },
            .if(m.rows.isEmpty, .p(.id("declarations-empty"), .text("暂无申报表。"))),
            .table(
                .id("declarations"),
                .tr(.th("年度"), .th("单位"), .th("申报表"), .th("状态"), .th("版本")),
                .forEach(m.rows) { row in
                    .tr(
                        .td(.text(String(row.state.declaration.fiscalYear))),
                        .td(.text(row.state.declaration.unit)),
                        .td(.a(.attr("href", SiteURL.declaration(row.id).path), .text(row.state.title))),
                        .td(.attr("class", "status-\(row.state.status.rawValue)"), .text(statusText(row.state))),
                        .td(.text(String(row.version))))
                }),
            .if(
                Access.editors.contains(m.user.role),
                .postForm(
                    action: SiteURL.declarations.path, csrf: m.csrf,
                    id: "new-declaration",
                    [
                        .h2("新建申报表"),
                        .selectField(
                            "类型", name: "scope", options: DeclarationScope.allCases.map { ($0.rawValue, $0.label) },
                            selected: DeclarationScope.department.rawValue),
                        .textField("年度", name: "year", value: String(m.year)),
                        .textField("项目名称（项目支出表）", name: "project", value: ""),
                        .button(.type(.submit), .class("button"), .id("create-declaration"), .text("新建")),
                    ]))
        )
    }
}
