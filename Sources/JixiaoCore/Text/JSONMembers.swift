/// The members of one JSON object written into a `TextBuffer` in the order they are given,
/// with the commas between them: the one way hand-written JSON (`jixiao check`'s) writes an
/// object or a list of objects. Strings are escaped as `escaping` says; a nil string is `null`.
public struct JSONMembers {
    @usableFromInline var out: TextBuffer
    @usableFromInline let escaping: TextBuffer.JSONEscaping
    @usableFromInline var count = 0

    @inlinable init(escaping: TextBuffer.JSONEscaping) {
        out = TextBuffer(capacity: 0)
        self.escaping = escaping
    }

    @inlinable mutating func key(_ key: String) {
        if count > 0 { out.append(byte: UInt8(ascii: ",")) }
        count += 1
        out.appendJSON(key, escaping)
        out.append(byte: UInt8(ascii: ":"))
    }

    /// `"key":"value"`, or `"key":null`.
    @inlinable public mutating func string(_ key: String, _ value: String?) {
        self.key(key)
        out.appendJSON(value, escaping)
    }

    /// `"key":123`, or `"key":null`.
    @inlinable public mutating func number(_ key: String, _ value: Int?) {
        self.key(key)
        if let value { out.append(value) } else { out.append("null" as StaticString) }
    }

    /// `"key":true` or `"key":false`.
    @inlinable public mutating func bool(_ key: String, _ value: Bool) {
        self.key(key)
        out.append(value ? "true" as StaticString : "false")
    }

    /// `"key":{…}` with the members `body` writes.
    @inlinable public mutating func object(_ key: String, _ body: (inout JSONMembers) -> Void) {
        self.key(key)
        out.appendJSONObject(escaping, body)
    }

    /// `"key":[{…},…]`: one object per item, its members written by `body`.
    @inlinable public mutating func objects<Items: Sequence>(
        _ key: String, _ items: Items, _ body: (inout JSONMembers, Items.Element) -> Void
    ) {
        self.key(key)
        out.append(byte: UInt8(ascii: "["))
        var first = true
        for item in items {
            if !first { out.append(byte: UInt8(ascii: ",")) }
            first = false
            out.appendJSONObject(escaping) { body(&$0, item) }
        }
        out.append(byte: UInt8(ascii: "]"))
    }
}

extension TextBuffer {
    /// Appends `{…}` with the members `body` writes (the buffer is handed over, not copied).
    @inlinable public mutating func appendJSONObject(_ escaping: JSONEscaping, _ body: (inout JSONMembers) -> Void) {
        var members = JSONMembers(escaping: escaping)
        swap(&members.out, &self)
        members.out.append(byte: UInt8(ascii: "{"))
        body(&members)
        members.out.append(byte: UInt8(ascii: "}"))
        swap(&members.out, &self)
    }
}
