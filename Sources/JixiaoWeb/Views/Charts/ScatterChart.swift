import JixiaoCore

/// A scatter chart as an SVG string: x against y on the same 0…`maxValue` scale,
/// with the diagonal y = x (points above it: the self-score is higher).
enum ScatterChart {
    static func svg(
        id: String, title: String, points: [ChartPoint], maxValue: ExactDecimal,
        xLabel: String, yLabel: String, size: Double = 320
    ) -> String {
        let pad = 36.0, span = size - 2 * pad
        let peak = max(maxValue.plotValue, 1e-9)
        func sx(_ v: ExactDecimal) -> Double { pad + min(max(v.plotValue, 0), peak) / peak * span }
        func sy(_ v: ExactDecimal) -> Double { size - pad - min(max(v.plotValue, 0), peak) / peak * span }
        var out =
            "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart scatter-chart\" id=\"\(id)\" role=\"img\" "
            + "viewBox=\"0 0 \(SVGText.px(size)) \(SVGText.px(size))\" width=\"\(SVGText.px(size))\" height=\"\(SVGText.px(size))\">"
        out += "<title>\(SVGText.escape(title))</title>"
        out +=
            "<rect x=\"\(SVGText.px(pad))\" y=\"\(SVGText.px(pad))\" width=\"\(SVGText.px(span))\" height=\"\(SVGText.px(span))\" fill=\"none\" stroke=\"#555\"/>"
        out +=
            "<line class=\"diagonal\" x1=\"\(SVGText.px(pad))\" y1=\"\(SVGText.px(size - pad))\" x2=\"\(SVGText.px(size - pad))\" y2=\"\(SVGText.px(pad))\" stroke=\"#bbb\" stroke-dasharray=\"4 3\"/>"
        out +=
            "<text x=\"\(SVGText.px(size / 2))\" y=\"\(SVGText.px(size - 8))\" text-anchor=\"middle\" font-size=\"12\">\(SVGText.escape(xLabel))</text>"
        out +=
            "<text x=\"12\" y=\"\(SVGText.px(size / 2))\" text-anchor=\"middle\" font-size=\"12\" transform=\"rotate(-90 12 \(SVGText.px(size / 2)))\">\(SVGText.escape(yLabel))</text>"
        out += "<text x=\"\(SVGText.px(pad))\" y=\"\(SVGText.px(size - pad + 14))\" font-size=\"11\">0</text>"
        out +=
            "<text x=\"\(SVGText.px(size - pad))\" y=\"\(SVGText.px(size - pad + 14))\" text-anchor=\"end\" font-size=\"11\">\(NumberFormat.points(maxValue))</text>"
        for p in points {
            out +=
                "<circle class=\"point\" cx=\"\(SVGText.px(sx(p.x)))\" cy=\"\(SVGText.px(sy(p.y)))\" r=\"3\" fill=\"#c0392b\" fill-opacity=\"0.6\" "
                + "data-label=\"\(SVGText.escape(p.label))\" data-x=\"\(p.x.description)\" data-y=\"\(p.y.description)\">"
                + "<title>\(SVGText.escape(p.label))：\(NumberFormat.text(p.x, .score)) / \(NumberFormat.text(p.y, .score))</title></circle>"
        }
        return out + "</svg>"
    }
}
