import JixiaoCore
import Plot

/// The administrator's page: the unit tree, users and roles, frameworks, backup.
enum AdminPage {
    struct Model {
        var user: UserAccount
        var csrf: String
        var units: [JixiaoCore.Unit]
        var users: [UserAccount]
        var frameworks: [FrameworkChoice]
        var flash: String? = nil
        var error: String? = nil

        /// Units in tree order with their depth (children under their 主管部门).
        var tree: [(unit: JixiaoCore.Unit, depth: Int)] {
            let codes = Set(units.compactMap(\.code))
            var out: [(JixiaoCore.Unit, Int)] = []
            func visit(_ parent: String?, _ depth: Int) {
                for unit in units where unit.parentCode == parent || (depth == 0 && unit.parentCode.map { !codes.contains($0) } == true) {
                    guard !out.contains(where: { $0.0.code == unit.code }) else { continue }
                    out.append((unit, depth))
                    if let code = unit.code, depth < 10 { visit(code, depth + 1) }
                }
            }
            visit(nil, 0)
            return out
        }
    }

    static func render(_ m: Model) -> HTML {
        let unitOptions = m.units.map { ($0.code ?? "", $0.name) }
        return Layout.page(
            .init(title: "系统管理", user: m.user, csrf: m.csrf, flash: m.flash, error: m.error),
            .h1("系统管理"),
            .section(.id("units"), .h2("单位"),
                     .ul(.class("unit-tree"), .forEach(m.tree) { item in
                         .li(.attribute(named: "style", value: "margin-left: \(Double(item.depth) * 1.5)em"), .text("\(item.unit.name)（\(item.unit.code ?? "")）"))
                     }),
                     .postForm(action: SiteURL.adminUnits.path, csrf: m.csrf, id: "unit-form", [
                         .textField("单位编码", name: "code", value: ""), .textField("单位名称", name: "name", value: ""),
                         .textField("地区", name: "region", value: ""),
                         .selectField("主管部门", name: "parent", options: [("", "（无）")] + unitOptions, selected: ""),
                         .button(.type(.submit), .text("添加单位")),
                     ])),
            .section(.id("users"), .h2("用户与角色"),
                     .table(.class("list"), .thead(.tr(.th("用户名"), .th("姓名"), .th("角色"), .th("单位"))),
                            .tbody(.forEach(m.users) { u in
                                .tr(.td(.text(u.username)), .td(.text(u.displayName)), .td(.text(u.role.label)), .td(.text(u.unitCode)))
                            })),
                     .postForm(action: SiteURL.adminUsers.path, csrf: m.csrf, id: "user-form", [
                         .textField("用户名", name: "username", value: ""), .textField("姓名", name: "displayName", value: ""),
                         .selectField("角色", name: "role", options: Role.allCases.map { ($0.rawValue, $0.label) }, selected: "filer"),
                         .selectField("单位", name: "unit", options: unitOptions, selected: ""),
                         .textField("初始密码", name: "password", value: "", type: .password),
                         .button(.type(.submit), .text("添加用户")),
                     ])),
            .section(.id("frameworks"), .h2("指标体系"),
                     .ul(.forEach(m.frameworks) { .li(.text("\($0.title)（\($0.id)，\($0.kind.label)）")) })),
            .section(.id("backup"), .h2("备份与迁移"),
                     .p(.a(.href(SiteURL.backup.path), .id("backup-link"), .text("导出整库 JSON"))),
                     .postForm(action: SiteURL.restore.path, csrf: m.csrf, id: "restore-form", multipart: true, [
                         .input(.type(.file), .name("file")), .button(.type(.submit), .text("导入到空数据库")),
                     ]))
        )
    }
}
