import JixiaoCore

/// Bars grouped by category, one colour per series (e.g. this year and last year).
enum GroupedBarChart {
    static let colours = ["#3b6ea5", "#e39b2f", "#6aa84f"]

    static func svg(
        id: String, title: String, categories: [String], series: [ChartSeries],
        width: Double = 640, height: Double = 240
    ) -> String {
        let top = 24.0, bottom = 40.0, left = 8.0
        let plotHeight = height - top - bottom, plotWidth = width - 2 * left
        let peak = max(series.flatMap(\.values).map(\.plotValue).max() ?? 0, 1e-9)
        let slot = plotWidth / Double(max(categories.count, 1))
        let barWidth = slot * 0.8 / Double(max(series.count, 1))
        var out =
            "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart grouped-chart\" id=\"\(id)\" role=\"img\" "
            + "viewBox=\"0 0 \(SVGText.px(width)) \(SVGText.px(height))\" width=\"\(SVGText.px(width))\" height=\"\(SVGText.px(height))\">"
        out += "<title>\(SVGText.escape(title))</title>"
        for (s, one) in series.enumerated() {
            let colour = colours[s % colours.count]
            out += "<rect x=\"\(SVGText.px(left + Double(s) * 90))\" y=\"4\" width=\"10\" height=\"10\" fill=\"\(colour)\"/>"
            out += "<text x=\"\(SVGText.px(left + Double(s) * 90 + 14))\" y=\"13\" font-size=\"12\">\(SVGText.escape(one.name))</text>"
        }
        for (c, category) in categories.enumerated() {
            let base = left + Double(c) * slot + slot * 0.1
            for (s, one) in series.enumerated() where c < one.values.count {
                let value = one.values[c]
                let h = max(value.plotValue, 0) / peak * plotHeight
                let x = base + Double(s) * barWidth
                out +=
                    "<g class=\"bar\" data-series=\"\(SVGText.escape(one.name))\" data-label=\"\(SVGText.escape(category))\" data-value=\"\(value.description)\">"
                out +=
                    "<rect x=\"\(SVGText.px(x))\" y=\"\(SVGText.px(top + plotHeight - h))\" width=\"\(SVGText.px(barWidth * 0.9))\" height=\"\(SVGText.px(h))\" fill=\"\(colours[s % colours.count])\"/>"
                out +=
                    "<text x=\"\(SVGText.px(x + barWidth * 0.45))\" y=\"\(SVGText.px(top + plotHeight - h - 3))\" text-anchor=\"middle\" font-size=\"11\">\(NumberFormat.text(value, .count))</text></g>"
            }
            out +=
                "<text x=\"\(SVGText.px(left + Double(c) * slot + slot / 2))\" y=\"\(SVGText.px(top + plotHeight + 16))\" text-anchor=\"middle\" font-size=\"12\">\(SVGText.escape(category))</text>"
        }
        return out + "</svg>"
    }
}
