import JixiaoCore

/// A vertical bar chart as an SVG string: one bar per value, its number above it and
/// its label below (labels are left out past `labelLimit` bars; the table has them).
enum BarChart {
    static let labelLimit = 30

    static func svg(
        id: String, title: String, bars: [ChartBar], width: Double = 640, height: Double = 240,
        maxValue: ExactDecimal? = nil
    ) -> String {
        let top = 24.0, bottom = bars.count > labelLimit ? 12.0 : 40.0, left = 8.0
        let plotHeight = height - top - bottom, plotWidth = width - 2 * left
        let peak = max(maxValue?.plotValue ?? 0, bars.map(\.value.plotValue).max() ?? 0, 1e-9)
        let slot = plotWidth / Double(max(bars.count, 1))
        let barWidth = max(slot * 0.7, 0.5)
        var out =
            "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart bar-chart\" id=\"\(id)\" role=\"img\" "
            + "viewBox=\"0 0 \(SVGText.px(width)) \(SVGText.px(height))\" width=\"\(SVGText.px(width))\" height=\"\(SVGText.px(height))\">"
        out += "<title>\(SVGText.escape(title))</title>"
        out +=
            "<line class=\"axis\" x1=\"\(SVGText.px(left))\" y1=\"\(SVGText.px(top + plotHeight))\" x2=\"\(SVGText.px(width - left))\" y2=\"\(SVGText.px(top + plotHeight))\" stroke=\"#555\"/>"
        for (index, bar) in bars.enumerated() {
            let h = max(bar.value.plotValue, 0) / peak * plotHeight
            let x = left + Double(index) * slot + (slot - barWidth) / 2
            let y = top + plotHeight - h
            out += "<g class=\"bar\" data-label=\"\(SVGText.escape(bar.label))\" data-value=\"\(bar.value.description)\">"
            out +=
                "<rect x=\"\(SVGText.px(x))\" y=\"\(SVGText.px(y))\" width=\"\(SVGText.px(barWidth))\" height=\"\(SVGText.px(h))\" fill=\"#3b6ea5\"><title>\(SVGText.escape(bar.label))：\(SVGText.escape(bar.text))</title></rect>"
            if bars.count <= labelLimit {
                let cx = SVGText.px(x + barWidth / 2)
                out +=
                    "<text class=\"value\" x=\"\(cx)\" y=\"\(SVGText.px(y - 4))\" text-anchor=\"middle\" font-size=\"12\">\(SVGText.escape(bar.text))</text>"
                out +=
                    "<text class=\"label\" x=\"\(cx)\" y=\"\(SVGText.px(top + plotHeight + 16))\" text-anchor=\"middle\" font-size=\"12\">\(SVGText.escape(Self.short(bar.label)))</text>"
            }
            out += "</g>"
        }
        return out + "</svg>"
    }

    /// Labels longer than 8 characters are cut in the chart (the table has them whole).
    static func short(_ label: String) -> String { label.count > 8 ? String(label.prefix(7)) + "…" : label }
}
