import JixiaoCore
import Plot

/// A light as shown: its word (红灯 …) in a coloured badge, so it never depends on colour alone.
enum LightText {
    static func badge(_ light: Light?, id: String? = nil) -> Node<HTML.BodyContext> {
        .span(
            .unwrap(id) { .attr("id", $0) }, .attr("class", "light light-\(light?.rawValue ?? "none")"),
            .attr("data-light", light?.rawValue ?? "none"), .text(light?.label ?? "未判定"))
    }

    /// The filter and order choices of the list (value, label).
    static let filterOptions: [(String, String)] =
        [("", "全部")] + [Light.red, .yellow, .green, .blue].map { ($0.rawValue, $0.label) } + [("none", "未判定")]
}
