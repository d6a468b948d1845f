import Yams

/// The keys a document may use, to warn about the others (a typo such as `childern:` would
/// otherwise be ignored without a word).
indirect enum KeySchema: Sendable {
    /// A mapping with these keys.
    case object([String: KeySchema])
    /// A sequence of elements of one shape.
    case list(KeySchema)
    /// A mapping with free keys and values of one shape.
    case map(KeySchema)
    /// Anything (scalars, free-form values).
    case any

    /// An object whose keys are those of `keys`, all of shape `.any` unless given in `nested`.
    static func keys(_ keys: [String], _ nested: [String: KeySchema] = [:]) -> KeySchema {
        .object(Dictionary(uniqueKeysWithValues: keys.map { ($0, nested[$0] ?? .any) }))
    }

    /// Every key of `node` that this schema does not allow, with its path.
    func unknownKeys(in node: Node, at path: [PathComponent] = []) -> [(path: [PathComponent], key: String)] {
        switch (self, node) {
        case (.object(let fields), .mapping(let mapping)):
            return mapping.flatMap { key, value -> [(path: [PathComponent], key: String)] in
                guard let name = key.string else { return [] }
                guard let schema = fields[name] else { return [(path + [.key(name)], name)] }
                return schema.unknownKeys(in: value, at: path + [.key(name)])
            }
        case (.list(let element), .sequence(let sequence)):
            return sequence.enumerated().flatMap { element.unknownKeys(in: $1, at: path + [.index($0)]) }
        case (.map(let value), .mapping(let mapping)):
            return mapping.flatMap { key, item in value.unknownKeys(in: item, at: path + [.key(key.string ?? "")]) }
        default:
            return []
        }
    }
}

extension YAMLSource {
    /// Warnings for the keys `schema` does not know, placed at each key's value.
    func unknownKeyWarnings(_ schema: KeySchema) -> [FileProblem] {
        schema.unknownKeys(in: root).map {
            problem(at: $0.path, message: FileMessages.unknownKey($0.key), severity: .warning)
        }
    }
}
