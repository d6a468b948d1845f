import Plot

/// THE way a view writes an attribute whose value is not a fixed literal: the value is
/// escaped (`HTMLEscape`). Plot writes attribute values as they are, so `.value(x)`,
/// `.href(x)`, `.id(x)`, `.attribute(named:value:)` … with data would let the data close
/// the quote; `StoredXSSTests` and `AttributeEscapingTests` check no view does.
extension Node {
    /// Attribute `name` with `value` escaped (left out when `value` is empty, as Plot does).
    static func attr(_ name: String, _ value: String) -> Node {
        .attribute(named: name, value: HTMLEscape.escape(value))
    }

    /// Attribute `name` with `value` escaped, written even when `value` is empty (`value=""`).
    static func attr(_ name: String, always value: String) -> Node {
        .attribute(named: name, value: HTMLEscape.escape(value), ignoreIfValueIsEmpty: false)
    }

    /// A boolean attribute (`disabled`, `selected` …) when `on`.
    static func flag(_ name: String, _ on: Bool = true) -> Node {
        on ? .attribute(named: name) : .empty
    }
}

/// The same for elements whose Plot builders take attributes rather than nodes
/// (`.input`, `.meta`, `.link` …).
extension Attribute {
    /// Attribute `name` with `value` escaped (left out when `value` is empty, as Plot does).
    static func attr(_ name: String, _ value: String) -> Attribute {
        Attribute(name: name, value: HTMLEscape.escape(value))
    }
}

extension Node {
    /// Text from data, escaped by `HTMLEscape`. Shadows Plot's `.text`, which keeps what looks
    /// like a character reference (`&amp;`, `&#39;`) as it is, so such text would not come back
    /// as typed. (Disfavoured only where both are visible, in tests: in this module it shadows.)
    @_disfavoredOverload
    static func text(_ text: String) -> Node { .raw(HTMLEscape.escape(text)) }
}
