import Yams

extension YAMLSource {
    /// At most this many values are set aside before decoding gives up.
    static let maxSetAside = 100

    /// Decodes `T` (whose fields are all optional) reporting every value that cannot be read,
    /// not only the first: each such value is reported at its node, left out, and the document
    /// decoded again. Returns the value, the problems and the paths left out (so a caller does
    /// not also report those fields as missing). A problem without a path still ends decoding.
    func decodeCollecting<T: Decodable>(_ type: T.Type) throws(FileError)
        -> (value: T, problems: [FileProblem], setAside: [[PathComponent]])
    {
        var current = root
        var problems: [FileProblem] = [], setAside: [[PathComponent]] = []
        while true {
            do {
                return (try YAMLDecoder().decode(type, from: current), problems, setAside)
            } catch let error as DecodingError {
                problems.append(problem(error))
                guard let path = Self.path(of: error), !path.isEmpty, setAside.count < Self.maxSetAside,
                    let pruned = Self.removing(path, from: current)
                else { throw FileError(.invalid, problems) }
                setAside.append(path)
                current = pruned
            } catch {
                throw FileError(.invalid, problems + [FileProblem(file: file, message: FileMessages.syntax("\(error)"))])
            }
        }
    }

    /// The path of the value a decoding error is about (a missing key is about its mapping).
    private static func path(of error: DecodingError) -> [PathComponent]? {
        switch error {
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            return context.codingPath.map(PathComponent.init)
        default:
            return nil
        }
    }

    /// `node` without the value at `path`: a key is removed from its mapping, a sequence element
    /// becomes an empty mapping (so the positions of the others stay). Nil when the path is not there.
    private static func removing(_ path: [PathComponent], from node: Node) -> Node? {
        guard let first = path.first else { return nil }
        let rest = Array(path.dropFirst())
        switch (first, node) {
        case (.key(let key), .mapping(let mapping)):
            guard let index = mapping.firstIndex(where: { $0.key.string == key }) else { return nil }
            var pairs = mapping.map { ($0.key, $0.value) }
            if rest.isEmpty {
                pairs.remove(at: mapping.distance(from: mapping.startIndex, to: index))
            } else {
                let position = mapping.distance(from: mapping.startIndex, to: index)
                guard let pruned = removing(rest, from: pairs[position].1) else { return nil }
                pairs[position].1 = pruned
            }
            return .mapping(Node.Mapping(pairs, mapping.tag, mapping.style, mapping.mark))
        case (.index(let index), .sequence(let sequence)):
            guard sequence.indices.contains(index) else { return nil }
            var nodes = Array(sequence)
            if rest.isEmpty {
                nodes[index] = .mapping(Node.Mapping([]))
            } else {
                guard let pruned = removing(rest, from: nodes[index]) else { return nil }
                nodes[index] = pruned
            }
            return .sequence(Node.Sequence(nodes, sequence.tag, sequence.style, sequence.mark))
        default:
            return nil
        }
    }
}
