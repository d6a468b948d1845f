import Yams

/// One step of a path into a document: a mapping key or a sequence index.
enum PathComponent: Hashable, Sendable {
    case key(String)
    case index(Int)

    /// Sequence positions carry an integer value (Yams spells them `Index N`).
    init(_ codingKey: any CodingKey) {
        if let index = codingKey.intValue { self = .index(index) } else { self = .key(codingKey.stringValue) }
    }
}

extension YAMLSource {
    /// The deepest node along `path` (the nearest existing ancestor when the path runs out).
    func node(at path: [PathComponent]) -> Node? {
        var current = root
        for component in path {
            switch (component, current) {
            case (.key(let key), .mapping(let mapping)):
                guard let next = mapping.first(where: { $0.key.string == key })?.value else { return current }
                current = next
            case (.index(let index), .sequence(let sequence)):
                guard sequence.indices.contains(index) else { return current }
                current = sequence[index]
            default:
                return current
            }
        }
        return current
    }

    /// A readable path: indicator names where the path goes through `name`d mappings,
    /// then the remaining keys (预算执行 › 资金管理 › 结转结余率 › rule.standard).
    func pathLabel(_ path: [PathComponent]) -> String? {
        var names: [String] = []
        var tail: [String] = []
        var current: Node? = root
        for component in path {
            switch (component, current) {
            case (.key(let key), .mapping(let mapping)?):
                current = mapping.first(where: { $0.key.string == key })?.value
                tail.append(key)
            case (.index(let index), .sequence(let sequence)?) where sequence.indices.contains(index):
                current = sequence[index]
                if case .mapping(let mapping)? = current, let name = mapping["name"]?.string {
                    names.append(name)
                    tail = []
                } else {
                    tail.append("[\(index + 1)]")
                }
            case (.key(let key), _):
                current = nil
                tail.append(key)
            case (.index(let index), _):
                current = nil
                tail.append("[\(index + 1)]")
            }
        }
        let parts = names + (tail.isEmpty ? [] : [tail.joined(separator: ".").replacingOccurrences(of: ".[", with: "[")])
        return parts.isEmpty ? nil : parts.joined(separator: " › ")
    }
}
