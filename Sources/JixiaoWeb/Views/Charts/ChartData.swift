import JixiaoCore

/// One bar: its label, its exact value and the text shown for it.
struct ChartBar: Sendable, Hashable {
    var label: String
    var value: ExactDecimal
    var text: String
}

/// One point of a scatter chart.
struct ChartPoint: Sendable, Hashable {
    var label: String
    var x: ExactDecimal
    var y: ExactDecimal
}

/// One series of a grouped bar chart (e.g. one fiscal year).
struct ChartSeries: Sendable, Hashable {
    var name: String
    var values: [ExactDecimal]
}

extension ExactDecimal {
    /// The value as a pixel coordinate factor. Only for drawing: chart geometry is
    /// not money, and every number shown stays exact text.
    var plotValue: Double { Double(units) / 1_000_000_000 }
}

/// Text and numbers as the charts write them.
enum SVGText {
    /// `s` escaped for SVG/XML and HTML text and attribute values (`HTMLEscape`).
    static func escape(_ s: String) -> String { HTMLEscape.escape(s) }

    static func px(_ v: Double) -> String { String(format: "%.1f", v) }
}

extension String {
    /// The string escaped for a double-quoted HTML attribute.
    var htmlAttribute: String { SVGText.escape(self) }
}
