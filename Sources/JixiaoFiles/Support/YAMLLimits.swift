import Yams

/// Bounds on a YAML/JSON document before anything walks it, so a small hostile file (nested
/// aliases, the "billion laughs") or a deeply nested one cannot cost seconds or the stack:
/// the text's size, the nesting of flow brackets before parsing, and the nodes the document
/// holds once aliases are expanded, counted with an early stop.
enum YAMLLimits {
    /// Largest document read (frameworks are ~10 KB, evaluations well under 1 MB).
    static let maxBytes = 4 * 1024 * 1024
    /// Most nodes of a document that uses aliases, counted after expanding them.
    static let maxNodes = 10_000
    /// Most nodes of a document without aliases: its size bounds them anyway, and the work
    /// grows only linearly with them (a large indicator library stays readable).
    static let maxPlainNodes = 1_000_000
    /// Deepest nesting of mappings and sequences.
    static let maxDepth = 32

    /// Why `text` is refused before parsing (nil when it is not), and how many nodes its
    /// parsed document may hold: `maxNodes` when it uses aliases, else `maxPlainNodes`.
    static func check(_ text: String) -> (refusal: String?, nodeLimit: Int) {
        if text.utf8.count > maxBytes { return (FileMessages.tooLarge(maxBytes), 0) }
        let scan = scan(text)
        return (scan.depth > maxDepth ? FileMessages.tooDeep(maxDepth) : nil, scan.aliases ? maxNodes : maxPlainNodes)
    }

    /// Why the parsed document is refused, or nil: more than `limit` nodes (aliases counted
    /// at every use) or deeper than `maxDepth`. Stops at the first node over.
    static func nodeRefusal(_ root: Node, limit: Int = maxNodes) -> String? {
        var count = 0
        var stack: [(node: Node, depth: Int)] = [(root, 1)]
        while let (node, depth) = stack.popLast() {
            count += 1
            if count > limit { return FileMessages.tooManyNodes(limit) }
            if depth > maxDepth { return FileMessages.tooDeep(maxDepth) }
            switch node {
            case .mapping(let mapping):
                for (key, value) in mapping { stack.append((key, depth + 1)); stack.append((value, depth + 1)) }
            case .sequence(let sequence):
                for child in sequence { stack.append((child, depth + 1)) }
            default:
                continue
            }
            if stack.count > limit { return FileMessages.tooManyNodes(limit) }
        }
        return nil
    }

    /// The deepest nesting of `[` / `{` outside quotes and comments (the parser would recurse
    /// once per level), and whether an alias (`*name` where a token starts) appears. Plain
    /// text with an odd bracket or ` *` can only raise them, which at worst applies the
    /// stricter limit to an odd file.
    static func scan(_ text: String) -> (depth: Int, aliases: Bool) {
        var depth = 0, deepest = 0, aliases = false
        var quote: UInt8? = nil, escaped = false, comment = false, previous: UInt8 = 10
        // A quoted scalar starts only where a token may start, never inside plain text.
        let tokenStart: Set<UInt8> = [
            9, 10, 13, 32, UInt8(ascii: "["), UInt8(ascii: "{"), UInt8(ascii: ","),
            UInt8(ascii: ":"),
        ]
        for byte in text.utf8 {
            defer { previous = byte }
            if comment { if byte == 10 { comment = false }; continue }
            if let open = quote {
                if escaped {
                    escaped = false
                } else if open == UInt8(ascii: "\"") && byte == UInt8(ascii: "\\") {
                    escaped = true
                } else if byte == open {
                    quote = nil
                }
                continue
            }
            if (byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")) && tokenStart.contains(previous) {
                quote = byte
                continue
            }
            switch byte {
            case UInt8(ascii: "#") where previous == 32 || previous == 9 || previous == 10: comment = true
            case UInt8(ascii: "["), UInt8(ascii: "{"): depth += 1; deepest = max(deepest, depth)
            case UInt8(ascii: "]"), UInt8(ascii: "}"): depth = max(0, depth - 1)
            case UInt8(ascii: "*") where tokenStart.contains(previous) || previous == UInt8(ascii: "-"): aliases = true
            default: break
            }
        }
        return (deepest, aliases)
    }
}
