import JixiaoCore
import Plot

/// Renders the dashboard: each chart as server-rendered SVG with the table of its numbers under it.
enum DashboardPage {
    static func render(_ d: DashboardModel, user: UserAccount, csrf: String) -> HTML {
        render(year: d.year, charts: charts(d), monitoring: d.monitoring, user: user, csrf: csrf)
    }

    /// The page of `year` with `charts` (`charts(_:)` of its model, as kept by `DashboardCache`) and
    /// the monitoring sections under them.
    static func render(year: Int, charts: String, monitoring: DashboardMonitoring, user: UserAccount, csrf: String) -> HTML {
        Layout.page(.init(title: "\(year)年统计看板", user: user, csrf: csrf), .raw(charts), monitoring.sections(year: year))
    }

    /// The page's text above the monitoring sections: the heading, the links and every chart with its
    /// table. It depends on the model's year and numbers only (not on the user or the monitoring).
    static func charts(_ d: DashboardModel) -> String {
        let count = { (v: ExactDecimal) in NumberFormat.text(v, .count) }
        let findings = d.mostFindings, scatter = d.selfVersusComputed, rates = d.executionRates
        let (scatterUnits, rateUnits) = (d.unitCharts.gapCount, d.unitCharts.rateCount)
        let comparison = d.comparison
        return Node<HTML.BodyContext>.group(
            .h1(.text("\(d.year)年绩效自评统计看板")),
            ReviewNav.links(year: d.year),
            .if(d.isEmpty, .p(.text(ReviewText.noEvaluations))),
            chart(
                "status", "各状态评价份数",
                BarChart.svg(id: "chart-status", title: "各状态评价份数", bars: bars(d.statusCounts, count)),
                ["状态", "份数"], d.statusCounts.map { [$0.label, count($0.value)] }),
            chart(
                "grades", "等级分布（不含草稿）",
                BarChart.svg(id: "chart-grades", title: "等级分布", bars: bars(d.gradeCounts, count)),
                ["等级", "份数"], d.gradeCounts.map { [$0.label, count($0.value)] }),
            chart(
                "histogram", "得分分布（每 10 分一档）",
                BarChart.svg(id: "chart-histogram", title: "得分分布", bars: bars(d.histogram, count)),
                ["得分", "份数"], d.histogram.map { [$0.label, count($0.value)] }),
            chart(
                "self-score",
                scatter.count < scatterUnits
                    ? "自评得分与计算得分（共 \(scatterUnits) 个单位，此处为差距最大的 \(scatter.count) 个；虚线以上为自评高于计算）"
                    : "自评得分与计算得分（每单位一点；虚线以上为自评高于计算）",
                ScatterChart.svg(
                    id: "chart-self-score", title: "自评得分与计算得分",
                    points: scatter.map { ChartPoint(label: $0.unit, x: $0.computed, y: $0.stated) },
                    maxValue: 100, xLabel: "计算得分", yLabel: "自评得分"),
                ["单位", "自评得分", "计算得分", "差距"],
                scatter.map {
                    [
                        $0.unit, NumberFormat.text($0.stated, .score), NumberFormat.text($0.computed, .score),
                        NumberFormat.text($0.stated - $0.computed, .score),
                    ]
                }, more: allUnits(d, shown: scatter.count, of: scatterUnits, id: "self-score")),
            chart(
                "execution",
                rates.count < rateUnits
                    ? "各单位预算执行率（共 \(rateUnits) 个单位，此处为最高和最低各 \(rates.count / 2) 个，从高到低）"
                    : "各单位预算执行率（从高到低）",
                BarChart.svg(
                    id: "chart-execution", title: "各单位预算执行率",
                    bars: rates.map { ChartBar(label: $0.label, value: $0.value, text: NumberFormat.text($0.value, .rate)) }),
                ["单位", "预算执行率"], rates.map { [$0.label, NumberFormat.text($0.value, .rate)] },
                more: allUnits(d, shown: rates.count, of: rateUnits, id: "execution")),
            chart(
                "findings", "问题最多的单位（前 10）",
                BarChart.svg(
                    id: "chart-findings", title: "问题最多的单位",
                    bars: findings.map {
                        ChartBar(
                            label: $0.unit, value: ExactDecimal($0.errors + $0.warnings),
                            text: String($0.errors + $0.warnings))
                    }),
                ["单位", "错误", "警告"], findings.map { [$0.unit, String($0.errors), String($0.warnings)] }),
            chart(
                "comparison", "与\(d.year - 1)年比较",
                GroupedBarChart.svg(
                    id: "chart-comparison", title: "与上年比较",
                    categories: comparison.filter { $0.label.hasPrefix("等级") }.map(\.label),
                    series: [
                        ChartSeries(name: "\(d.year)年", values: comparison.filter { $0.label.hasPrefix("等级") }.map(\.current)),
                        ChartSeries(name: "\(d.year - 1)年", values: comparison.filter { $0.label.hasPrefix("等级") }.map(\.previous)),
                    ]),
                ["项目", "\(d.year)年", "\(d.year - 1)年"],
                comparison.map { [$0.label, NumberFormat.text($0.current, $0.kind), NumberFormat.text($0.previous, $0.kind)] })
        ).render()
    }

    private static func bars(_ items: [DashboardModel.Item], _ text: (ExactDecimal) -> String) -> [ChartBar] {
        items.map { ChartBar(label: $0.label, value: $0.value, text: text($0.value)) }
    }

    /// A chart section: heading, the SVG, the table of its numbers and `more` under it. The
    /// table is written as text directly.
    private static func chart(
        _ id: String, _ title: String, _ svg: String, _ header: [String],
        _ rows: [[String]], more: Node<HTML.BodyContext> = .empty
    ) -> Node<HTML.BodyContext> {
        .section(
            .class("chart-section"), .attr("id", "section-\(id)"),
            .h2(.text(title)),
            .div(.class("chart-box"), .raw(svg)),
            .raw(table(id, header, rows)),
            more
        )
    }

    /// The link to every unit's numbers when a per-unit chart shows `shown` of `count` units.
    private static func allUnits(_ d: DashboardModel, shown: Int, of count: Int, id: String) -> Node<HTML.BodyContext> {
        .if(
            shown < count,
            .p(
                .class("chart-more"),
                .a(
                    .attr("id", "all-units-\(id)"), .attr("href", SiteURL.dashboardUnits.withQuery(["year": String(d.year)])),
                    .text("查看全部 \(count) 个单位的表"))))
    }

    static func table(_ id: String, _ header: [String], _ rows: [[String]]) -> String {
        var out = "<table class=\"list chart-table\" id=\"table-\(id)\"><thead><tr>"
        out.reserveCapacity(64 + rows.count * 80)
        for title in header { out += "<th>" + SVGText.escape(title) + "</th>" }
        out += "</tr></thead><tbody>"
        for row in rows {
            out += "<tr>"
            for cell in row { out += "<td>" + SVGText.escape(cell) + "</td>" }
            out += "</tr>"
        }
        return out + "</tbody></table>"
    }
}
