/// A small tolerant HTML tokenizer for tests: start tags with their attributes (values
/// decoded) and text runs (decoded), as a browser's tokenizer would split them. Raw-text
/// elements (`script`, `style`) keep their content undecoded; `textarea` and `title` decode it.
struct HTMLTokens {
    struct Element {
        var name: String
        var attributes: [(name: String, value: String)]

        func attribute(_ name: String) -> String? { attributes.first { $0.name == name }?.value }
    }

    private(set) var elements: [Element] = []
    /// Every text run, decoded, in document order (the content of raw-text elements too).
    private(set) var texts: [String] = []

    init(_ html: String) {
        let s = Array(html.unicodeScalars)
        var i = 0
        var text = ""
        func flush() {
            if !text.isEmpty { texts.append(Self.decode(text)) }
            text = ""
        }
        while i < s.count {
            guard s[i] == "<", i + 1 < s.count else {
                text.unicodeScalars.append(s[i]); i += 1; continue
            }
            let next = s[i + 1]
            if next == "!" || next == "?" {
                flush()
                let close: [Unicode.Scalar] = Self.starts(s, i, "<!--") ? ["-", "-", ">"] : [">"]
                i = Self.find(close, in: s, from: i + 2).map { $0 + close.count } ?? s.count
            } else if next == "/" {
                flush()
                i = Self.find([">"], in: s, from: i).map { $0 + 1 } ?? s.count
            } else if Self.isLetter(next) {
                flush()
                i = readStartTag(s, from: i + 1)
            } else {
                text.unicodeScalars.append(s[i]); i += 1
            }
        }
        flush()
    }

    /// Reads a start tag whose name begins at `start`; returns the index after it (and after
    /// the content of a raw-text element).
    private mutating func readStartTag(_ s: [Unicode.Scalar], from start: Int) -> Int {
        var i = start
        var name = ""
        while i < s.count, !Self.isSpace(s[i]), s[i] != "/", s[i] != ">" { name.unicodeScalars.append(s[i]); i += 1 }
        name = name.lowercased()
        var attributes: [(String, String)] = []
        while i < s.count, s[i] != ">" {
            if Self.isSpace(s[i]) || s[i] == "/" { i += 1; continue }
            var attribute = String(s[i]); i += 1
            while i < s.count, !Self.isSpace(s[i]), s[i] != "/", s[i] != ">", s[i] != "=" { attribute.unicodeScalars.append(s[i]); i += 1 }
            while i < s.count, Self.isSpace(s[i]) { i += 1 }
            var value = ""
            if i < s.count, s[i] == "=" {
                i += 1
                while i < s.count, Self.isSpace(s[i]) { i += 1 }
                if i < s.count, s[i] == "\"" || s[i] == "'" {
                    let quote = s[i]
                    let end = Self.find([quote], in: s, from: i + 1) ?? s.count
                    value = String(String.UnicodeScalarView(s[(i + 1)..<end]))
                    i = end + 1
                } else {
                    while i < s.count, !Self.isSpace(s[i]), s[i] != ">" { value.unicodeScalars.append(s[i]); i += 1 }
                }
            }
            attributes.append((attribute.lowercased(), Self.decode(value)))
        }
        i += 1
        elements.append(Element(name: name, attributes: attributes))
        guard ["script", "style", "textarea", "title"].contains(name) else { return i }
        let closing = Array("</\(name)".unicodeScalars)
        var end = i
        while end < s.count, !Self.starts(s, end, closing, ignoringCase: true) { end += 1 }
        let content = String(String.UnicodeScalarView(s[min(i, s.count)..<end]))
        if !content.isEmpty { texts.append(name == "script" || name == "style" ? content : Self.decode(content)) }
        return end
    }

    /// Character references decoded (named: the few HTML escaping uses; numeric: all).
    static func decode(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var out = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            let after = rest[rest.index(after: amp)...]
            if let semi = after.prefix(10).firstIndex(of: ";") {
                let name = String(after[..<semi])
                if let scalar = reference(name) {
                    out.unicodeScalars.append(scalar)
                    rest = after[after.index(after: semi)...]
                    continue
                }
            }
            out += "&"
            rest = after
        }
        return out + rest
    }

    private static func reference(_ name: String) -> Unicode.Scalar? {
        switch name {
        case "amp": return "&"
        case "lt": return "<"
        case "gt": return ">"
        case "quot": return "\""
        case "apos": return "'"
        case "nbsp": return "\u{A0}"
        default:
            guard name.hasPrefix("#") else { return nil }
            let digits = name.dropFirst()
            let value = digits.lowercased().hasPrefix("x") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            return value.flatMap(Unicode.Scalar.init)
        }
    }

    private static func isLetter(_ c: Unicode.Scalar) -> Bool { (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") }
    private static func isSpace(_ c: Unicode.Scalar) -> Bool { c == " " || c == "\n" || c == "\t" || c == "\r" || c == "\u{0C}" }

    private static func starts(_ s: [Unicode.Scalar], _ i: Int, _ prefix: String) -> Bool {
        starts(s, i, Array(prefix.unicodeScalars))
    }

    private static func starts(_ s: [Unicode.Scalar], _ i: Int, _ prefix: [Unicode.Scalar], ignoringCase: Bool = false) -> Bool {
        guard i + prefix.count <= s.count else { return false }
        for (k, p) in prefix.enumerated() {
            let c = s[i + k]
            if c == p { continue }
            guard ignoringCase, String(c).lowercased() == String(p).lowercased() else { return false }
        }
        return true
    }

    private static func find(_ needle: [Unicode.Scalar], in s: [Unicode.Scalar], from start: Int) -> Int? {
        var i = start
        while i + needle.count <= s.count {
            if starts(s, i, needle) { return i }
            i += 1
        }
        return nil
    }
}
