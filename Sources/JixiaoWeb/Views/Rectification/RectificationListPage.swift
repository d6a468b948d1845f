import Foundation
import JixiaoCore
import Plot

/// The list of rectifications (`/rectifications`), filtered by status, unit and year.
enum RectificationListPage {
    struct Model {
        var user: UserAccount
        var csrf: String
        var filter: RectificationListFilter
        var items: [StoredRectification]
        /// Units to choose from (code, name): every unit for the bureau, the own one otherwise.
        var units: [(String, String)]
        var years: [Int]
        var today: CalendarDate
    }

    static func render(_ m: Model) -> HTML {
        let statuses: [(String, String)] = [("", "全部")] + RectificationStatus.allCases.map { ($0.rawValue, $0.label) }
        let units: [(String, String)] = [("", "全部")] + m.units
        let years: [(String, String)] = [("", "全部")] + m.years.map { (String($0), "\($0)年度") }
        let overdue = m.items.filter { $0.item.isOverdue(on: m.today) }.count
        return Layout.page(
            .init(title: "整改", user: m.user, csrf: m.csrf),
            .h1("整改清单"),
            filterForm(m, statuses: statuses, units: units, years: years),
            .p(
                .id("rectification-count"), .text("共 \(m.items.count) 项，其中逾期 \(overdue) 项。")
            ),
            .if(m.items.isEmpty, .p(.class("hint"), .id("rectifications-empty"), .text("没有符合条件的整改事项。"))),
            .if(!m.items.isEmpty, RectificationPanel.table(m.items, user: m.user, today: m.today))
        )
    }

    private static func filterForm(
        _ m: Model, statuses: [(String, String)], units: [(String, String)], years: [(String, String)]
    ) -> Node<HTML.BodyContext> {
        let nodes: [Node<HTML.BodyContext>] = [
            .class("filters"), .id("rectification-filter"), .attr("action", SiteURL.rectifications.path), .attr("method", "get"),
            .selectField("状态", name: "status", options: statuses, selected: m.filter.status?.rawValue ?? ""),
            .selectField("单位", name: "unit", options: units, selected: m.filter.unit ?? ""),
            .selectField("年度", name: "year", options: years, selected: m.filter.year.map(String.init) ?? ""),
            .button(.type(.submit), .class("button"), .text("筛选")),
        ]
        return .element(named: "form", nodes: nodes)
    }
}
