import Plot

extension Node where Context == HTML.BodyContext {
    /// A POST form carrying the CSRF token.
    static func postForm(
        action: String, csrf: String, id: String? = nil, class className: String? = nil,
        multipart: Bool = false, _ nodes: [Node<HTML.BodyContext>]
    ) -> Node {
        var all: [Node<HTML.BodyContext>] = [
            .attr("action", action), .attr("method", "post"),
        ]
        if let id { all.append(.attr("id", id)) }
        if let className { all.append(.attr("class", className)) }
        if multipart { all.append(.attr("enctype", "multipart/form-data")) }
        all.append(.hidden(name: CSRFName.field, value: csrf))
        return .element(named: "form", nodes: all + nodes)
    }

    static func hidden(name: String, value: String) -> Node {
        .input(.type(.hidden), .attr("name", name), .attr("value", value))
    }

    /// A labelled text input with its error, if any, or the error and findings of `messages`
    /// under it (the input described by them).
    static func textField(
        _ label: String, name: String, value: String, error: String? = nil,
        readonly: Bool = false, type: HTMLInputType = .text, hint: String? = nil,
        messages: FieldMessages? = nil
    ) -> Node {
        let said = messages ?? FieldMessages(name: name, error: error, findings: [])
        return .div(
            .attr("class", said.invalid ? "field invalid" : "field"),
            .label(.attr("for", name), .text(label)),
            .selfClosedElement(
                named: "input",
                attributes: [
                    .type(type), .attr("name", name), .attr("id", name), .attr("value", value), .readonly(readonly),
                ] + said.inputAttributes),
            .unwrap(hint) { .span(.class("hint"), .text($0)) },
            said.node
        )
    }

    /// A labelled select; `options` are (value, label). A `hiddenLabel` is read by screen
    /// readers but not shown (a select in a table cell under its column heading); so is
    /// `context` before the label (「2024 年度 · 」 where several forms repeat a field). `id`
    /// (default `name`) must be unique on the page.
    static func selectField(
        _ label: String, name: String, options: [(String, String)], selected: String,
        disabled: Bool = false, hiddenLabel: Bool = false, messages: FieldMessages? = nil,
        id: String? = nil, context: String? = nil
    ) -> Node {
        let said = messages ?? .none(name)
        let id = id ?? name
        return .div(
            .attr("class", said.invalid ? "field invalid" : "field"),
            .label(
                .attr("for", id), .if(hiddenLabel, .class("visually-hidden")),
                .unwrap(context) { .span(.class("visually-hidden"), .text($0)) }, .text(label)),
            .element(
                named: "select",
                nodes: [
                    .attr("name", name), .attr("id", id), disabled ? .attr("disabled", "disabled") : .empty, said.attributes(),
                ]
                    + options.map { option in
                        .element(
                            named: "option",
                            nodes: [
                                .attr("value", always: option.0), option.0 == selected ? .attr("selected", "selected") : .empty,
                                .text(option.1),
                            ])
                    }),
            said.node
        )
    }

    /// A labelled select with `<optgroup>`s; `none` is the first, empty choice.
    static func groupedSelectField(
        _ label: String, name: String, none: String,
        groups: [(group: String, options: [(String, String)])], selected: String
    ) -> Node {
        func option(_ value: String, _ text: String) -> Node {
            .element(
                named: "option",
                nodes: [
                    .attr("value", always: value), value == selected ? .attr("selected", "selected") : .empty, .text(text),
                ])
        }
        return .div(
            .class("field"),
            .label(.attr("for", name), .text(label)),
            .element(
                named: "select",
                nodes: [.attr("name", name), .attr("id", name), option("", none)]
                    + groups.map { group in
                        .element(named: "optgroup", nodes: [.attr("label", group.group)] + group.options.map { option($0.0, $0.1) })
                    })
        )
    }

    static func textArea(
        _ label: String, name: String, text: String, readonly: Bool = false, error: String? = nil,
        messages: FieldMessages? = nil
    ) -> Node {
        let said = messages ?? FieldMessages(name: name, error: error, findings: [])
        return .div(
            .attr("class", said.invalid ? "field wide invalid" : "field wide"),
            .label(.attr("for", name), .text(label)),
            .textarea(
                .attr("name", name), .attr("id", name), .attr("rows", "5"), readonly ? .attr("readonly", "readonly") : .empty,
                said.attributes(), .text(text)),
            said.node
        )
    }
}

/// The CSRF form field's name, shared by views and the middleware.
enum CSRFName {
    static let field = "_csrf"
}

extension Node where Context == HTML.BodyContext {
    /// A `<fieldset>` with its `<legend>`.
    static func box(_ legend: String, class className: String? = nil, _ nodes: [Node<HTML.BodyContext>]) -> Node {
        .element(
            named: "fieldset",
            nodes: [
                className.map { .attr("class", $0) } ?? .empty,
                .element(named: "legend", nodes: [.text(legend)]),
            ] + nodes)
    }
}
