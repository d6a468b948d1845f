import JixiaoCore
import Plot

/// Edit one unit (name, code, region, 主管部门) or delete it when nothing uses it.
enum UnitEditPage {
    struct Model {
        var user: UserAccount
        var csrf: String
        /// Row id of the unit.
        var id: String
        var unit: JixiaoCore.Unit
        /// Every other unit (the 主管部门 choices).
        var units: [JixiaoCore.Unit]
        var usage: UnitUsage
        var error: String? = nil
    }

    static func render(_ m: Model) -> HTML {
        Layout.page(
            .init(title: "编辑单位", user: m.user, csrf: m.csrf, error: m.error),
            .h1(.text("编辑单位：\(m.unit.name)")),
            .p(.a(.attr("href", SiteURL.admin.withQuery([:], fragment: "units")), .text("返回系统管理"))),
            .postForm(
                action: SiteURL.adminUnit(m.id).path, csrf: m.csrf, id: "unit-edit", class: "narrow",
                [
                    .textField(
                        "单位编码", name: "code", value: m.unit.code ?? "",
                        hint: m.usage.evaluations > 0 ? "已有评价，编码不能修改" : "修改编码时，本单位的用户和下级单位随之更新"),
                    .textField("单位名称", name: "name", value: m.unit.name),
                    .textField("地区", name: "region", value: m.unit.region ?? ""),
                    .selectField(
                        "主管部门", name: "parent", options: [("", "（无）")] + m.units.map { ($0.code ?? "", $0.name) },
                        selected: m.unit.parentCode ?? ""),
                    .button(.type(.submit), .id("unit-save"), .text("保存")),
                ]),
            .h2("删除"),
            .p(.text("该单位有 \(m.usage.evaluations) 个评价、\(m.usage.users) 个用户、\(m.usage.children) 个下级单位；都为 0 时才能删除。")),
            .postForm(
                action: SiteURL.adminUnitDelete(m.id).path, csrf: m.csrf, id: "unit-delete",
                [
                    .button(.type(.submit), .id("unit-delete-button"), .text("删除单位"))
                ])
        )
    }
}
