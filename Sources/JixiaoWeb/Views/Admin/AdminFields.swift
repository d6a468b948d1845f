import Plot

/// Inputs of the administration forms with their error: the input is marked (`invalid`,
/// `aria-invalid`) and the message is written under it.
enum AdminFields {
    static func text(
        _ label: String, name: String, value: String, errors: [String: String],
        type: HTMLInputType = .text, id: String? = nil
    ) -> Node<HTML.BodyContext> {
        let id = id ?? name
        return field(
            label, id: id, error: errors[name],
            .input(
                .type(type), .attr("name", name), .attr("id", id), .attr("value", value),
                errors[name] == nil ? .empty : .attr("aria-invalid", "true")))
    }

    /// A select; `options` are (value, label).
    static func select(
        _ label: String, name: String, options: [(String, String)], selected: String,
        errors: [String: String], id: String? = nil
    ) -> Node<HTML.BodyContext> {
        let id = id ?? name
        return field(
            label, id: id, error: errors[name],
            .element(
                named: "select",
                nodes: [
                    .attr("name", name), .attr("id", id), errors[name] == nil ? .empty : .attr("aria-invalid", "true"),
                ]
                    + options.map { option in
                        .element(
                            named: "option",
                            nodes: [
                                .attr("value", always: option.0), option.0 == selected ? .attr("selected", "selected") : .empty,
                                .text(option.1),
                            ])
                    }))
    }

    private static func field(
        _ label: String, id: String, error: String?,
        _ input: Node<HTML.BodyContext>
    ) -> Node<HTML.BodyContext> {
        .div(
            .attr("class", error == nil ? "field" : "field invalid"),
            .label(.attr("for", id), .text(label)), input,
            .unwrap(error) { .span(.class("field-error"), .attr("id", "\(id)-error"), .text($0)) })
    }
}
