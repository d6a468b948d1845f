import Foundation
import JixiaoCore
import Plot

/// One declaration: its head and indicator table (inputs while the unit may edit, each with the
/// checker's findings and any refusal at the field), the finance bureau's verdict per row, the
/// workflow steps the user may take, and the history.
enum DeclarationPage {
    struct Model {
        var user: UserAccount
        var csrf: String
        var stored: StoredDeclaration
        var form: DeclarationForm
        var findings: [Finding]
        /// Field → why the posted value was refused (`form`, `workflow`: not at a field).
        var messages: [String: String]
        var editable: Bool
        var actions: [DeclarationAction]
        var history: [HistoryEntry]
        var query: String
        var matches: [LibraryIndicator]
        var flash: String?

        var state: DeclarationState { stored.state }

        /// The messages of input `name`: a refusal, and the findings naming it (a row's own
        /// findings at its name, `levels` at its first level).
        func said(_ name: String) -> FieldMessages {
            let parts = name.split(separator: ".")
            let shown = findings.filter { finding in
                guard let field = finding.location.field else { return false }
                if field == name { return true }
                if parts.count == 3, parts[2] == "name", field == "targets.\(parts[1])" { return true }
                return parts.count == 3 && parts[2] == "level1" && field == "targets.\(parts[1]).levels"
            }
            return FieldMessages(name: name, error: messages[name], findings: shown)
        }
    }

    static func render(_ m: Model) -> HTML {
        let d = m.state.declaration
        return Layout.page(
            .init(title: m.state.title, user: m.user, csrf: m.csrf, flash: m.flash),
            .h1(.text("\(d.fiscalYear) 年度 \(m.state.title)")),
            .p(
                .id("declaration-head"), .text("\(d.unit) · \(d.scope.label) · "),
                .span(.id("declaration-status"), .attr("class", "status-\(m.state.status.rawValue)"), .text(m.state.status.label)),
                .text(" · 版本 \(m.stored.version) · \(m.state.review.roundLabel)")),
            .p(
                .id("declaration-documents"),
                .a(
                    .attr("href", SiteURL.declarationDocument(m.stored.id, format: "docx").path), .id("declaration-docx"),
                    .text("下载 Word 申报表")),
                .text(" · "),
                .a(
                    .attr("href", SiteURL.declarationDocument(m.stored.id, format: "xlsx").path), .id("declaration-xlsx"),
                    .text("下载 Excel 申报表"))),
            .unwrap(m.state.review.adjustmentReason) {
                .p(.id("adjustment-reason"), .text("调整中，理由：\($0)。调整经财政审核通过前，已批准的版本仍然有效。"))
            },
            .unwrap(m.state.review.returnReason) { .p(.id("return-reason"), .class("error"), .text("退回理由：\($0)")) },
            .unwrap(m.messages["form"]) { .p(.id("form-error"), .class("error"), .attr("role", "alert"), .text($0)) },
            findingList(m),
            m.editable ? editForm(m) : table(m),
            .if(m.editable, librarySearch(m)),
            workflowForm(m),
            historyTable(m)
        )
    }

    static func findingList(_ m: Model) -> Node<HTML.BodyContext> {
        .div(.id("declaration-findings"), .h2("审核发现"), findingPanel(m.findings, refusals: [:]))
    }

    /// The findings, errors first, each linking to its input; the same markup the editor's live
    /// analysis uses (`#analysis-content`, `#findings li[data-field]`), so app.js redraws the
    /// messages at the fields as the filer types. `refusals` are values that cannot be read.
    static func findingPanel(_ findings: [Finding], refusals: [String: String]) -> Node<HTML.BodyContext> {
        let blocking = findings.filter(\.blocksSubmission), rest = findings.filter { !$0.blocksSubmission }
        func item(_ f: Finding) -> Node<HTML.ListContext> {
            let field = inputID(f.location.field ?? "targets")
            return .li(
                .attr("class", "finding \(f.severity.rawValue)"), .attr("data-rule", f.rule),
                .attr("data-field", field), .attr("data-word", FindingGroups.Kind.of(f).word(f)),
                .a(.class("finding-link"), .attr("href", "#" + field), .text("\(f.rule)：\(f.message)")))
        }
        return .div(
            .id("analysis-content"),
            .div(
                .id("findings"),
                .if(findings.isEmpty && refusals.isEmpty, .p(.id("findings-none"), .text("未发现问题。"))),
                .if(
                    !refusals.isEmpty,
                    .ul(
                        .id("refusals"), .class("error-list"),
                        .forEach(refusals.sorted { $0.key < $1.key }) { field, message in
                            .li(.a(.attr("href", "#" + field), .text("\(DeclarationFields.label(field))：\(message)")))
                        })),
                .if(!blocking.isEmpty, .div(.class("finding-group blocking"), .h3("提交前须处理"), .ul(.forEach(blocking, item)))),
                .if(!rest.isEmpty, .div(.class("finding-group"), .h3("请核对"), .ul(.forEach(rest, item))))))
    }

    /// The input a finding's field is shown at (a row's own findings at its name, `levels` at its first level).
    static func inputID(_ field: String) -> String {
        let parts = field.split(separator: ".")
        if parts.count == 2, parts[0] == "targets" { return field + ".name" }
        if parts.count == 3, parts[2] == "levels" { return "targets.\(parts[1]).level1" }
        return field == "targets" ? "declaration-rows" : field
    }

    static func editForm(_ m: Model) -> Node<HTML.BodyContext> {
        let rows = m.form.rows
        return .postForm(
            action: SiteURL.declaration(m.stored.id).path, csrf: m.csrf, id: "editor",
            [
                .attr("data-analyze", SiteURL.declarationAnalyze(m.stored.id).path),
                .hidden(name: "version", value: String(m.stored.version)),
                .forEach(DeclarationFields.headParts.filter { $0.key != "project" || m.state.declaration.scope == .project }) { part in
                    part.key == "project"
                        ? .textField(part.label, name: part.key, value: m.form.fields[part.key] ?? "", readonly: true)
                        : .textField(part.label, name: part.key, value: m.form.fields[part.key] ?? "", messages: m.said(part.key))
                },
                .h2("绩效指标"),
                m.said("targets").node,
                .div(
                    .class("table-scroll"),
                    .table(
                        .id("declaration-rows"),
                        .tr(.th("#"), .forEach(DeclarationFields.rowParts) { .th(.text($0.label)) }, .th("操作")),
                        .forEach(Array(rows.enumerated())) { index, row in
                            let n = index + 1
                            return .tr(
                                .attr("id", "row-\(n)"), .td(.text(String(n))),
                                .forEach(DeclarationFields.rowParts) { part in
                                    let name = "targets.\(n).\(part.key)"
                                    let said = m.said(name)
                                    return .td(
                                        .attr("class", said.invalid ? "field invalid" : "field"),
                                        .label(.attr("for", name), .class("visually-hidden"), .text("第\(n)行 \(part.label)")),
                                        .selfClosedElement(
                                            named: "input",
                                            attributes: [
                                                .attr("name", name), .attr("id", name), .attr("value", row[part.key] ?? ""),
                                            ] + said.inputAttributes),
                                        said.node)
                                },
                                .td(opButton("上移", "up.\(n)"), opButton("下移", "down.\(n)"), opButton("删除", "remove.\(n)")))
                        })),
                opButton("添加一行", "add"),
                .button(.type(.submit), .class("button"), .attr("name", "op"), .attr("value", "save"), .id("save"), .text("保存")),
            ])
    }

    static func opButton(_ label: String, _ op: String) -> Node<HTML.BodyContext> {
        .button(
            .type(.submit), .class("button secondary"), .attr("name", "op"), .attr("value", op),
            .attr("id", "op-\(op)"), .text(label))
    }

    /// 从指标库选取: the matches of `q` (name or sector); each button posts the edit form with
    /// `library=<name>`, so what was typed is kept and the row is added at the end.
    static func librarySearch(_ m: Model) -> Node<HTML.BodyContext> {
        .div(
            .id("library"),
            .h2("从指标库选取"),
            .element(
                named: "form",
                nodes: [
                    .attr("action", SiteURL.declaration(m.stored.id).path), .attr("method", "get"), .id("library-search"),
                    .textField("按名称或行业搜索", name: "q", value: m.query),
                    .button(.type(.submit), .class("button secondary"), .text("搜索")),
                ]),
            .if(!m.query.isEmpty && m.matches.isEmpty, .p(.id("library-none"), .text("指标库中没有「\(m.query)」。"))),
            .ul(
                .id("library-matches"),
                .forEach(m.matches) { item in
                    .li(
                        .text("\(item.levels.joined(separator: " › ")) › \(item.name)（\(item.sector)）"),
                        .button(
                            .type(.submit), .class("button secondary"), .attr("form", "editor"),
                            .attr("name", "op"), .attr("value", "insert"),
                            .attr("formaction", SiteURL.declaration(m.stored.id).withQuery(["library": item.name])),
                            .text("插入「\(item.name)」")))
                }))
    }
}
