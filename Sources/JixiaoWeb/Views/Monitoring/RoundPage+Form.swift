import Foundation
import JixiaoCore
import Plot

extension RoundPage {
    /// The declared parts of a target as one text: 「≥ 95 %」.
    static func declared(_ t: Target) -> String {
        let value = t.targetValue?.description ?? t.targetText ?? ""
        return [t.direction.rawValue, value, t.unit ?? ""].filter { !$0.isEmpty }.joined(separator: " ")
    }

    static func budgetFields(_ m: Model, readonly: Bool) -> Node<HTML.BodyContext> {
        .div(
            .id("round-budget"),
            .h2("预算执行"),
            .forEach(MonitoringFields.headParts.filter { $0.key != "asOf" }) { part in
                .textField(
                    part.label, name: part.key, value: m.form.fields[part.key] ?? "", readonly: readonly,
                    messages: m.said(part.key))
            })
    }

    static func editForm(_ m: Model) -> Node<HTML.BodyContext> {
        .postForm(
            action: SiteURL.monitoringRound(m.stored.id).path, csrf: m.csrf, id: "editor",
            [
                .attr("data-analyze", SiteURL.monitoringAnalyze(m.stored.id).path),
                .hidden(name: "version", value: String(m.stored.version)),
                budgetFields(m, readonly: false),
                .h2("绩效目标完成情况"),
                .p(.class("hint"), .text("指标名称、性质、指标值和单位取自已审核通过的绩效目标申报表，不能修改。偏差原因可写：经费保障、制度保障、人员保障、硬件保障、其他。")),
                .div(.class("table-scroll"), entryTable(m)),
                .button(.type(.submit), .class("button"), .id("save"), .text("保存")),
                .if(
                    m.actions.contains(.submit),
                    .button(
                        .type(.submit), .class("button"), .id("save-submit"), .attr("name", "action"), .attr("value", "submit"),
                        .attr("formaction", SiteURL.monitoringWorkflow(m.stored.id).path),
                        .unwrap(ReviewText.confirm(.submit)) { .attr("data-confirm", $0) }, .text("保存并提交"))),
            ])
    }

    static func entryTable(_ m: Model) -> Node<HTML.BodyContext> {
        let head: Node<HTML.TableContext> = .tr(
            .th("#"), .th("三级指标"), .th("指标值"), .forEach(MonitoringFields.rowParts) { .th(.text($0.label)) })
        let rows: [Node<HTML.TableContext>] = m.state.round.targets.enumerated().map { index, monitored in
            let cells: [Node<HTML.TableRowContext>] = MonitoringFields.rowParts.map { cell(m, row: index, part: $0) }
            return .tr(
                .attr("id", "row-\(index)"), .td(.text(String(index + 1))), .td(.text(monitored.name)),
                .td(.text(declared(monitored.target))), .group(cells))
        }
        return .table(.id("round-rows"), .class("list"), head, .group(rows))
    }

    /// One input of a row, labelled by the row's target and the column.
    static func cell(_ m: Model, row: Int, part: (key: String, label: String)) -> Node<HTML.TableRowContext> {
        let name = "targets.\(row).\(part.key)"
        let said = m.said(name)
        let value = m.form.fields[name] ?? ""
        let label = "第\(row + 1)行「\(m.state.round.targets[row].name)」\(part.label)"
        let input: Node<HTML.BodyContext>
        switch part.key {
        case "cumulative":
            let checked: [Attribute<HTML.InputContext>] = value.isEmpty ? [] : [.attr("checked", "checked")]
            input = .selfClosedElement(
                named: "input",
                attributes: [.attr("type", "checkbox"), .attr("name", name), .attr("id", name), .attr("value", "是")] + checked)
        case "likelihood":
            input = .element(
                named: "select",
                nodes: [.attr("name", name), .attr("id", name), said.attributes()]
                    + ([""] + Likelihood.allCases.map(\.rawValue)).map { option in
                        .element(
                            named: "option",
                            nodes: [
                                .attr("value", always: option), option == value ? .attr("selected", "selected") : .empty,
                                .text(option.isEmpty ? "请选择" : option),
                            ])
                    })
        default:
            input = .selfClosedElement(
                named: "input", attributes: [.attr("name", name), .attr("id", name), .attr("value", value)] + said.inputAttributes)
        }
        return .td(
            .attr("class", said.invalid ? "field invalid" : "field"),
            .label(.attr("for", name), .class("visually-hidden"), .text(label)), input, said.node)
    }

    /// The round read-only (after submission, or for reviewers).
    static func table(_ m: Model) -> Node<HTML.BodyContext> {
        .div(
            budgetFields(m, readonly: true),
            .h2("绩效目标完成情况"),
            .div(
                .class("table-scroll"),
                .table(
                    .id("round-rows"), .class("list"),
                    .tr(.th("#"), .th("三级指标"), .th("指标值"), .forEach(MonitoringFields.rowParts) { .th(.text($0.label)) }),
                    .forEach(Array(m.state.round.targets.enumerated())) { index, monitored in
                        let texts = MonitoringFields.rowTexts(monitored)
                        return .tr(
                            .attr("id", "row-\(index)"), .td(.text(String(index + 1))), .td(.text(monitored.name)),
                            .td(.text(declared(monitored.target))),
                            .forEach(MonitoringFields.rowParts) { .td(.text(texts[$0.key] ?? "")) })
                    })))
    }

    /// The steps the user may take, with a reason (returns) or comment (approvals).
    static func workflowForm(_ m: Model) -> Node<HTML.BodyContext> {
        // While the unit edits, 提交 is the editor's 保存并提交, so nothing typed is lost.
        let actions = m.editable ? m.actions.filter { $0 != .submit } : m.actions
        return .div(
            .id("round-workflow"),
            .unwrap(m.messages["workflow"]) { .p(.id("workflow-error"), .class("error"), .attr("role", "alert"), .text($0)) },
            .if(
                !actions.isEmpty,
                .postForm(
                    action: SiteURL.monitoringWorkflow(m.stored.id).path, csrf: m.csrf, id: "workflow-form",
                    [
                        .hidden(name: "version", value: String(m.stored.version)),
                        .if(
                            actions != [.submit],
                            .textArea("理由或审核意见（退回须填写）", name: "reason", text: "")),
                        .div(
                            .class("action-buttons"),
                            .forEach(actions) { action in
                                .button(
                                    .type(.submit), .attr("name", "action"), .attr("value", action.rawValue),
                                    .attr("id", "step-\(action.rawValue)"),
                                    .unwrap(ReviewText.confirm(action)) { .attr("data-confirm", $0) },
                                    .attr("class", action.returnsToUnit ? "button secondary" : "button"), .text(action.label))
                            }),
                    ])))
    }
}
