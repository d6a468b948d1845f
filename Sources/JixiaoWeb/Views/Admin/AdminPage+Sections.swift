import JixiaoCore
import Plot

// The sections of the administrator's page.
extension AdminPage {
    static func years(_ m: Model) -> Node<HTML.BodyContext> {
        .section(
            .id("years"), .h2("年度"),
            .p("填报中的年度可以新建评价；新建评价时预先选中该年度相应类型的默认指标体系。"),
            .forEach(m.years) { year in
                .postForm(
                    action: SiteURL.adminYear(String(year.year)).path, csrf: m.csrf, id: "year-\(year.year)",
                    class: "year-row", yearFields(m, year: year, label: "\(year.year) 年度", button: "保存"))
            },
            .h3("添加年度"),
            .postForm(
                action: SiteURL.adminYears.path, csrf: m.csrf, id: "year-form", class: "year-row",
                [.textField("年度", name: "year", value: "")]
                    + yearFields(m, year: FiscalYear(year: 0), label: nil, button: "添加年度")))
    }

    private static func yearFields(_ m: Model, year: FiscalYear, label: String?, button: String) -> [Node<HTML.BodyContext>] {
        // Every year's form repeats these fields: ids and accessible names carry the year.
        let key = year.year == 0 ? "new" : String(year.year)
        let context = (label ?? "新年度") + " · "
        let kinds: [Node<HTML.BodyContext>] = EvaluationKind.allCases.map { kind in
            let options = m.frameworks.filter { $0.choice.kind == kind }.map { ($0.choice.id, $0.choice.title) }
            return .selectField(
                "\(kind.shortLabel)默认", name: "default.\(kind.rawValue)",
                options: [("", "（无）")] + options, selected: year.defaults[kind] ?? "",
                id: "default-\(kind.rawValue)-\(key)", context: context)
        }
        return [
            label.map { .strong(.text($0)) } ?? .empty,
            .selectField(
                "状态", name: "state", options: [("open", "填报中"), ("closed", "已关闭")],
                selected: year.isOpen ? "open" : "closed", id: "state-\(key)", context: context),
        ]
            + kinds + [DeadlineField.node(m, year: year), .button(.type(.submit), .text(button)), settingsLink(year)]
    }

    /// The link to a saved year's monitoring thresholds and result-use rules.
    private static func settingsLink(_ year: FiscalYear) -> Node<HTML.BodyContext> {
        year.year == 0
            ? .empty
            : .a(
                .attr("href", SiteURL.adminYearSettings(String(year.year)).path), .attr("id", "year-settings-\(year.year)"),
                .attr("aria-label", YearSettingsText.title(year.year)), .text(YearSettingsText.link))
    }

    static func frameworks(_ m: Model) -> Node<HTML.BodyContext> {
        .section(
            .id("frameworks"), .h2("指标体系"),
            .table(
                .class("list"), .id("framework-list"),
                .thead(.tr(.th("id"), .th("名称"), .th("类型"), .th("来源"), .th("使用的评价"))),
                .tbody(
                    .forEach(m.frameworks) { row in
                        .tr(
                            .td(.a(.attr("href", SiteURL.adminFramework(row.choice.id).path), .text(row.choice.id))),
                            .td(.text(row.choice.title)), .td(.text(row.choice.kind.shortLabel)),
                            .td(
                                .text(
                                    row.uploaded.map {
                                        "上传：\($0.fileName)，第 \($0.version) 版，\($0.uploadedBy) \(DateText.short($0.uploadedAt))"
                                    } ?? "内置")),
                            .td(.text(String(row.usage))))
                    })),
            .h3("上传指标体系"),
            .p("YAML、JSON 或 CSV 文件（格式见 docs/framework-format.md），不超过 512 KB。校验有错误时列出全部错误，不保存；同 id 且未被使用的上传指标体系会被替换（版本加一）。"),
            .postForm(
                action: SiteURL.adminFrameworks.path, csrf: m.csrf, id: "framework-form", multipart: true,
                [
                    .input(
                        .type(.file), .name("file"), .id("framework-file"), .attr("aria-label", "指标体系文件（YAML、JSON 或 CSV）"),
                        .attr("accept", ".yaml,.yml,.json,.csv")),
                    .button(.type(.submit), .id("framework-upload"), .text("上传并校验")),
                ]))
    }

    static func units(_ m: Model) -> Node<HTML.BodyContext> {
        .section(
            .id("units"), .h2("单位"),
            .ul(
                .class("unit-tree"),
                .forEach(UnitTree(m.units).ordered) { item in
                    .li(
                        .attr("class", "depth-\(min(item.depth, AdminPage.deepestIndent))"),
                        .text("\(item.unit.name)（\(item.unit.code ?? "")）"), .text(" "),
                        .a(
                            .attr("href", SiteURL.adminUnit(m.unitIDs[item.unit.code ?? ""] ?? "").path),
                            .attr("aria-label", "编辑单位 \(item.unit.name)"), .text("编辑")))
                }),
            .h3("添加单位"),
            .postForm(
                action: SiteURL.adminUnits.path, csrf: m.csrf, id: "unit-form",
                [
                    .textField("单位编码", name: "code", value: ""), .textField("单位名称", name: "name", value: ""),
                    .textField("地区", name: "region", value: ""),
                    .selectField("主管部门", name: "parent", options: [("", "（无）")] + m.unitOptions, selected: ""),
                    .button(.type(.submit), .text("添加单位")),
                ]))
    }

    static func users(_ m: Model) -> Node<HTML.BodyContext> {
        let names = m.unitNames, typed = m.newUser, errors = m.newUserErrors
        return .section(
            .id("users"), .h2("用户与角色"),
            .table(
                .class("list"), .id("user-list"),
                .thead(.tr(.th("用户名"), .th("姓名"), .th("角色"), .th("单位"), .th("状态"))),
                .tbody(
                    .forEach(m.users) { u in
                        .tr(
                            .td(.a(.attr("href", SiteURL.adminUser(u.id.uuidString).path), .text(u.account.username))),
                            .td(.text(u.account.displayName)), .td(.text(u.account.role.label)),
                            .td(.text(names[u.account.unitCode] ?? u.account.unitCode)),
                            .td(.text(u.disabled ? "已停用" : "在用")))
                    })),
            .h3("添加用户"),
            .postForm(
                action: SiteURL.adminUsers.path, csrf: m.csrf, id: "user-form",
                [
                    AdminFields.text("用户名", name: "username", value: typed?.username ?? "", errors: errors),
                    AdminFields.text("姓名", name: "displayName", value: typed?.displayName ?? "", errors: errors),
                    AdminFields.select(
                        "角色", name: "role", options: Role.allCases.map { ($0.rawValue, $0.label) },
                        selected: typed?.role ?? "filer", errors: errors),
                    AdminFields.select(
                        "单位", name: "unit", options: [("", "（请选择）")] + m.unitOptions,
                        selected: typed?.unit ?? "", errors: errors),
                    AdminFields.text("初始密码（至少 8 个字符）", name: "password", value: "", errors: errors, type: .password),
                    .button(.type(.submit), .text("添加用户")),
                ]))
    }
}

extension EvaluationKind {
    /// 部门整体 or 项目.
    var shortLabel: String { self == .departmentWide ? "部门整体" : "项目" }
}
