extension YAMLSource {
    /// A `DecodingError` as a Chinese problem at its node.
    func problem(_ error: DecodingError) -> FileProblem {
        switch error {
        case let .keyNotFound(key, context):
            let path = context.codingPath.map(PathComponent.init)
            return problem(at: path, message: FileMessages.missingKey(key.stringValue),
                           label: pathLabel(path + [.key(key.stringValue)]))
        case let .typeMismatch(type, context):
            return problem(at: context.codingPath.map(PathComponent.init),
                           message: FileMessages.wrongType(FileMessages.typeName(type)))
        case let .valueNotFound(type, context):
            return problem(at: context.codingPath.map(PathComponent.init),
                           message: FileMessages.missingValue(FileMessages.typeName(type)))
        case let .dataCorrupted(context):
            return problem(at: context.codingPath.map(PathComponent.init), message: context.debugDescription)
        @unknown default:
            return FileProblem(file: file, message: "\(error)")
        }
    }
}
