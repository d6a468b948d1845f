extension YAMLSource {
    /// A `DecodingError` as a Chinese problem at its node.
    func problem(_ error: DecodingError) -> FileProblem {
        switch error {
        case .keyNotFound(let key, let context):
            let path = context.codingPath.map(PathComponent.init)
            return problem(
                at: path, message: FileMessages.missingKey(key.stringValue),
                label: pathLabel(path + [.key(key.stringValue)]))
        case .typeMismatch(let type, let context):
            return problem(
                at: context.codingPath.map(PathComponent.init),
                message: FileMessages.wrongType(FileMessages.typeName(type)))
        case .valueNotFound(let type, let context):
            return problem(
                at: context.codingPath.map(PathComponent.init),
                message: FileMessages.missingValue(FileMessages.typeName(type)))
        case .dataCorrupted(let context):
            return problem(at: context.codingPath.map(PathComponent.init), message: Self.corrupted(context))
        @unknown default:
            return FileProblem(file: file, message: FileMessages.invalidValue)
        }
    }

    /// Our own decoders explain in Chinese (数值、百分数 …); the standard library's English
    /// text names Swift types, so it becomes a plain "invalid value".
    static func corrupted(_ context: DecodingError.Context) -> String {
        let text = context.debugDescription
        let chinese = text.unicodeScalars.contains { $0.value >= 0x4E00 && $0.value <= 0x9FFF }
        return chinese && !text.contains("Swift.") ? text : FileMessages.invalidValue
    }
}
