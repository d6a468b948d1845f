import JixiaoCore
import Plot

/// The dashboard's monitoring part: units by the overall light of their latest submitted
/// round, and each unit's budget execution rate against the time elapsed (one query for the
/// rounds, lit under the year's thresholds).
struct DashboardMonitoring: Sendable {
    /// A unit's latest round: execution rate and time elapsed in percent, and its budget light.
    struct Point: Sendable {
        var unit: String
        var asOf: String
        var rate: ExactDecimal
        var time: ExactDecimal
        var light: Light?
    }

    var lights: [Light: Int] = [:]
    var points: [Point] = []

    /// The points the scatter chart and its table show: all, or the `DashboardModel.unitsShown`
    /// farthest from the time elapsed (ahead or behind), farthest first, ties in unit order.
    var shownPoints: [Point] {
        guard points.count > DashboardModel.unitsShown else { return points }
        let ranked = points.indices.map { (gap: (points[$0].rate - points[$0].time).magnitude, index: $0) }
            .sorted { $0.gap != $1.gap ? $0.gap > $1.gap : $0.index < $1.index }
        return ranked.prefix(DashboardModel.unitsShown).map { points[$0.index] }
    }

    /// The two chart sections, each with the table of its numbers beside the SVG.
    func sections(year: Int) -> Node<HTML.BodyContext> {
        let order: [Light] = [.red, .yellow, .green, .blue]
        let bars = order.map { ChartBar(label: $0.label, value: ExactDecimal(lights[$0] ?? 0), text: String(lights[$0] ?? 0)) }
        let points = shownPoints, all = self.points.count
        let peak = points.map { Swift.max($0.rate, $0.time) }.max() ?? 100
        let pct = { (v: ExactDecimal) in v.formatted(places: 2) + "%" }
        return .group(
            section(
                "lights", "各监控灯的单位数（本年度各单位最近一次已提交的运行监控，总体灯）",
                BarChart.svg(id: "chart-lights", title: "各监控灯的单位数", bars: bars),
                ["监控灯", "单位数"], bars.map { [$0.label, $0.text] }),
            section(
                "execution-time",
                points.count < all
                    ? "预算执行率与时间进度（共 \(all) 个单位，此处为与时间进度相差最大的 \(points.count) 个；虚线以上为执行快于时间进度）"
                    : "预算执行率与时间进度（每单位一点；虚线以上为执行快于时间进度）",
                ScatterChart.svg(
                    id: "chart-execution-time", title: "预算执行率与时间进度",
                    points: points.map { ChartPoint(label: $0.unit, x: $0.time, y: $0.rate) },
                    maxValue: Swift.max(peak, 100), xLabel: "时间进度", yLabel: "预算执行率"),
                ["单位", "截至", "预算执行率", "时间进度", "预算执行灯"],
                points.map { [$0.unit, $0.asOf, pct($0.rate), pct($0.time), $0.light?.label ?? "—"] },
                more: .if(
                    points.count < all,
                    .p(
                        .class("chart-more"),
                        .a(
                            .id("all-units-execution-time"), .attr("href", SiteURL.monitoring.withQuery(["year": String(year)])),
                            .text("在运行监控列表中查看全部 \(all) 个单位"))))))
    }

    private func section(
        _ id: String, _ title: String, _ svg: String, _ header: [String], _ rows: [[String]],
        more: Node<HTML.BodyContext> = .empty
    ) -> Node<HTML.BodyContext> {
        .section(
            .class("chart-section"), .attr("id", "section-\(id)"), .h2(.text(title)),
            .div(.class("chart-box"), .raw(svg)), .raw(DashboardPage.table(id, header, rows)), more)
    }
}
